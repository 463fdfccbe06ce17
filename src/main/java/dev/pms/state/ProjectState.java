package dev.pms.state;

import dev.pms.task.TaskStatus;

import java.util.UUID;

/** A state of a project: its name, its category (what a task in it has as status) and its place on the board. */
public record ProjectState(UUID id, String name, TaskStatus category, int position) {
}
