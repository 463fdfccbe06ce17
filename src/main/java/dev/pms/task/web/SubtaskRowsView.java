package dev.pms.task.web;

import java.util.List;

/** A page of a task's subtasks in its panel; {@code moreHref} fetches the next page (null on the last). */
public record SubtaskRowsView(List<TaskRow> rows, String moreHref) {
}
