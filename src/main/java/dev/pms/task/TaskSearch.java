package dev.pms.task;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a search box's text asks for: every word as a prefix ("analyt" finds "analytics", "rep plan" finds
 * "Report planning"), and the task key it may be (WEB-12). The prefix query is built from letters and digits
 * only, so no text a person types can be a tsquery syntax error.
 */
final class TaskSearch {
    /** Words beyond these add little and make the query longer for nothing. */
    static final int MAX_WORDS = 8;

    /**
     * The relevance of a task to {@code :query}, highest first: the task whose key was typed, then tasks whose title
     * matches, then by how well the words match (ts_rank, below 1). Reads the bound parameters of {@link TaskFilterSql}.
     */
    static final String RANK = """
            cast((case when (t.project_id, t.number) = (select p.id, cast(:keyNumber as integer) from projects p
                                                        where p.workspace_id = t.workspace_id and p.key = cast(:keyProject as text))
                       then 2 else 0 end)
                 + (case when to_tsvector('simple', left(t.title, 500)) @@ to_tsquery('simple', :query) then 1 else 0 end)
                 + ts_rank(t.search, to_tsquery('simple', :query)) as double precision)""";

    private TaskSearch() {
    }

    /** The prefix tsquery of {@code text} ({@code analyt:* & plan:*}), or empty when it has no letter or digit. */
    static Optional<String> prefixQuery(String text) {
        String words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).distinct().limit(MAX_WORDS)
                .map(word -> word + ":*").collect(Collectors.joining(" & "));
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /** The task key {@code text} is, if it is one (web-12 too). */
    static Optional<TaskKey> key(String text) {
        return TaskKey.tryParse(text);
    }
}
