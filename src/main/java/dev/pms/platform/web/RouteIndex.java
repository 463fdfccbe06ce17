package dev.pms.platform.web;

import org.springframework.http.server.PathContainer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes a path may match, found by its segments in a tree of the route patterns' segments: a literal segment
 * ({@code tasks}) leads to its own branch, any other ({@code {taskId}}, {@code *.csv}) to the branch of "any one
 * segment". A pattern that can match several segments ({@code /**}, {@code {*path}}) or that this tree does not model
 * (the root, an empty segment, a regular expression) is a candidate for every path. The candidates are a superset of
 * the matching routes: each is then matched as Spring MVC matches it. A path with an empty segment (a trailing or
 * doubled slash) gets no narrowing at all ({@link #candidates} answers null).
 *
 * @param <R> a route (Spring MVC's RequestMappingInfo), compared by identity
 */
final class RouteIndex<R> {
    private final Node<R> root = new Node<>();
    private final List<R> everywhere = new ArrayList<>();

    /** Adds a route under each of its path patterns (their text, as written in the mapping). */
    void add(R route, Collection<String> patterns) {
        if (patterns.isEmpty()) {
            everywhere.add(route);
        }
        for (String pattern : patterns) {
            List<String> segments = segments(pattern);
            if (segments == null) {
                everywhere.add(route);
                continue;
            }
            Node<R> node = root;
            for (String segment : segments) {
                node = literal(segment) ? node.literals.computeIfAbsent(segment, s -> new Node<>()) : node.anyChild();
            }
            node.routes.add(route);
        }
    }

    /** The routes the path may match, or null when every route may (a path this index does not narrow). */
    Set<R> candidates(PathContainer path) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                if (segment.valueToMatch().isEmpty()) {
                    return null;
                }
                segments.add(segment.valueToMatch());
            }
        }
        if (segments.isEmpty() || segments.size() * 2 != path.elements().size()) {
            return null; // no segment, or a separator missing before one or trailing: a path the tree does not model
        }
        Set<R> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(everywhere);
        collect(root, segments, 0, found);
        return found;
    }

    private static <R> void collect(Node<R> node, List<String> segments, int depth, Set<R> found) {
        if (depth == segments.size()) {
            found.addAll(node.routes);
            return;
        }
        Node<R> literal = node.literals.get(segments.get(depth));
        if (literal != null) {
            collect(literal, segments, depth + 1, found);
        }
        if (node.any != null) {
            collect(node.any, segments, depth + 1, found);
        }
    }

    /** The segments of a pattern that matches one path segment per pattern segment, else null. */
    static List<String> segments(String pattern) {
        if (!pattern.startsWith("/") || pattern.length() == 1 || pattern.endsWith("/")
                || pattern.contains("**") || pattern.contains("{*") || pattern.contains(":")) {
            return null;
        }
        List<String> segments = List.of(pattern.substring(1).split("/", -1));
        return segments.contains("") ? null : segments;
    }

    private static boolean literal(String segment) {
        return segment.indexOf('{') < 0 && segment.indexOf('*') < 0 && segment.indexOf('?') < 0 && segment.indexOf('%') < 0;
    }

    private static final class Node<R> {
        final Map<String, Node<R>> literals = new HashMap<>();
        final List<R> routes = new ArrayList<>();
        Node<R> any;

        Node<R> anyChild() {
            if (any == null) {
                any = new Node<>();
            }
            return any;
        }
    }
}
