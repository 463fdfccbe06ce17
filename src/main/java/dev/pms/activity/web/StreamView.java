package dev.pms.activity.web;

import java.util.List;

/**
 * A task's activity on the task panel: the entries, oldest first, a "show more" link for the next page, and the
 * comment box for those who may comment ({@code commentAction} null for the others).
 */
public record StreamView(Entries entries, String commentAction, String mentionsHref) {

    /** One page of entries and the address of the next, or null on the last. */
    public record Entries(List<EntryView> items, String moreHref) {
    }

    /**
     * One entry as people read it: who, when, what happened in a sentence, and a comment's sanitised HTML with the
     * actions its reader may take (null when they may not).
     */
    public record EntryView(String id, String kind, String actor, String when, String at, String sentence, String commentHtml,
                            boolean edited, String body, String editAction, String deleteAction, String anchor) {

        public boolean comment() {
            return "COMMENTED".equals(kind);
        }
    }
}
