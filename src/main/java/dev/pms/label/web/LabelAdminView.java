package dev.pms.label.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The labels of a workspace; {@code write} is false for roles that may not manage them. {@code colours} are the palette:
 * the value sent and the name read.
 */
public record LabelAdminView(Layout layout, String basePath, List<Row> labels, List<Colour> colours, boolean write, String error) {

    public record Row(String id, String name, String colour, String cssClass) {
    }

    public record Colour(String value, String title) {
    }
}
