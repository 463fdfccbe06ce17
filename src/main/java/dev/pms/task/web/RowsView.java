package dev.pms.task.web;

import java.util.List;

/** A page of table rows and the link that loads the next one (null on the last page); htmx appends these. */
public record RowsView(List<TaskRow> rows, String moreHref, boolean empty) {
}
