package dev.pms.task;

/** A parent an import named that breaks a rule of subtasks: its row, and why, in words. */
public record RefusedParent(int row, String reason) {
}
