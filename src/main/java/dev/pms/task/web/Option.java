package dev.pms.task.web;

/** A choice in a select: its value and what people read. */
public record Option(String value, String label) {
}
