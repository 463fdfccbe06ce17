package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;
import java.util.Locale;

/**
 * A project's kanban board. {@code movesHref} (the bulk-move API) is null when the viewer may not move
 * tasks, and then neither drag and drop nor quick-add is offered.
 */
public record BoardView(Layout layout, String projectName, String refreshHref, String movesHref, String addHref,
                        String tableHref, String liveHref, List<Column> columns, String boardHref, List<Option> labels,
                        List<String> chosenLabels, boolean allLabels) {

    /** The project shown, sent with each drop: a card someone moved to another project meanwhile stays there. */
    public String projectId() {
        return liveHref.substring(liveHref.indexOf("board=") + "board=".length());
    }

    public boolean write() {
        return movesHref != null;
    }

    /** One status column: its first cards by position and the count of all; {@code moreHref} opens the rest in the table. */
    public record Column(String status, String label, long count, List<TaskRow> cards, String moreHref) {

        public String countLabel() {
            return String.format(Locale.ENGLISH, "%,d", count);
        }
    }
}
