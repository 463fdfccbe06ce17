package dev.pms.platform.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to safe HTML: CommonMark with GFM tables and task lists (commonmark-java), raw HTML shown as text, then
 * OWASP's sanitiser keeps only the elements and attributes below; whatever the renderer let through, the allow-list
 * decides. A mention is {@code @} followed by a member's email; it renders as a link to the member on the members
 * page, marked {@code class="mention"} (a link written by hand to the same place looks the same, and mentions nobody).
 * The one renderer of PMS: comments and task descriptions both go through it.
 */
public final class Markdown {
    static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    /** A mention's link: the member's row on the members page; the renderer marks such links as mentions. */
    private static final Pattern MENTION_HREF = Pattern.compile("/w/[0-9a-f-]{36}/members#member-([0-9a-f-]{36})");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                Matcher mention = node instanceof Link link ? MENTION_HREF.matcher(link.getDestination()) : null;
                if (mention != null && mention.matches()) {
                    attributes.put("class", "mention");
                    attributes.put("data-user-id", mention.group(1));
                }
            }).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
                    "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "input")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("class").matching(true, "mention").onElements("a")
            .allowAttributes("data-user-id").matching(Pattern.compile("[0-9a-f-]{36}")).onElements("a")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w+#-]{1,40}")).onElements("code")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .toFactory();

    private Markdown() {
    }

    /** A person a comment may mention. */
    public record Mentionable(UUID userId, String name) {
    }

    /** The sanitised HTML and the members it mentions. */
    public record Rendered(String html, Set<UUID> mentioned) {
    }

    /** The addresses written as mentions in {@code markdown}, lower-cased: those to look up among the members. */
    public static Set<String> mentionedEmails(String markdown) {
        Set<String> emails = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(markdown);
        while (m.find()) {
            emails.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return emails;
    }

    /** Renders {@code markdown}; mentions of {@code members} (by lower-cased email) link to {@code membersHref}, others stay text. */
    public static Rendered render(String markdown, Map<String, Mentionable> members, String membersHref) {
        try {
            return renderMarkdown(markdown, members, membersHref);
        } catch (StackOverflowError e) {
            // commonmark-java parses and renders nesting recursively and has no depth limit: 100,000 '>' or '-' nest
            // that deep. Such a text is shown as it was written, one paragraph of plain text, mentioning nobody.
            Node document = new Document();
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(markdown));
            document.appendChild(paragraph);
            return new Rendered(POLICY.sanitize(RENDERER.render(document)), Set.of());
        }
    }

    /** Renders {@code markdown} that mentions nobody (a task's description): {@code @} and an address stay text. */
    public static String html(String markdown) {
        return render(markdown, Map.of(), "").html();
    }

    private static Rendered renderMarkdown(String markdown, Map<String, Mentionable> members, String membersHref) {
        Node document = PARSER.parse(markdown);
        Set<UUID> mentioned = new LinkedHashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // the text of a link stays as written: a link inside a link is not HTML
            }
        });
        for (Text text : texts) {
            linkMentions(text, members, membersHref, mentioned);
        }
        return new Rendered(POLICY.sanitize(RENDERER.render(document)), mentioned);
    }

    private static void linkMentions(Text text, Map<String, Mentionable> members, String membersHref, Set<UUID> mentioned) {
        String literal = text.getLiteral();
        Matcher m = MENTION.matcher(literal);
        int done = 0;
        while (m.find()) {
            Mentionable member = members.get(m.group(1).toLowerCase(Locale.ROOT));
            if (member == null) {
                continue;
            }
            if (m.start() > done) {
                text.insertBefore(new Text(literal.substring(done, m.start())));
            }
            Link link = new Link(membersHref + "#member-" + member.userId(), null);
            link.appendChild(new Text("@" + member.name()));
            text.insertBefore(link);
            mentioned.add(member.userId());
            done = m.end();
        }
        if (done > 0) {
            text.setLiteral(literal.substring(done));
        }
    }
}
