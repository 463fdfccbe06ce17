package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;
import dev.pms.task.ProjectStates;

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

    /** The project's states page, where managers change the columns. */
    public String statesHref() {
        return boardHref.substring(0, boardHref.length() - "/board".length()) + "/states";
    }

    public boolean write() {
        return movesHref != null;
    }

    /**
     * One state's column: its first cards by position and the count of all; {@code moreHref} opens the rest in the table.
     * {@code status} is the state's category; {@code id} names the column in the page: the category for the first state
     * of a category (as before states), the state's id for the others.
     */
    public record Column(String id, String status, String stateId, String label, long count, List<TaskRow> cards, String moreHref) {

        static Column of(ProjectStates.State state, long count, List<TaskRow> cards, String moreHref) {
            String status = state.category().name();
            return new Column(state.first() ? status : state.id().toString(), status, state.id().toString(), state.name(),
                    count, cards, moreHref);
        }

        public String countLabel() {
            return String.format(Locale.ENGLISH, "%,d", count);
        }
    }
}
