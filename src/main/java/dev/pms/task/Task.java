package dev.pms.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task as stored; {@code version} guards concurrent edits (a stale one answers 409). {@code number} counts in its
 * project and {@code key} says both to people: WEB-12. {@code labels}: the names of its labels, A to Z.
 * {@code stateId} and {@code stateName}: its state in its project (docs/adr/0010), whose category {@code status} is;
 * a task that names no state is in the first state of its category.
 * {@code parentId} and {@code parentKey} name its parent task; {@code subtasks} counts its subtasks and those done;
 * {@code blocked}: a task that is not done blocks it.
 */
public record Task(UUID id, UUID projectId, String title, String description, TaskStatus status, Priority priority,
                   UUID assigneeId, LocalDate dueDate, double position, UUID importId,
                   UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt, int version, int number,
                   String key, List<String> labels, @JsonIgnore UUID stateId, @JsonIgnore String stateName,
                   UUID parentId, String parentKey, @JsonIgnore int subtasksDone, @JsonIgnore int subtasksTotal,
                   boolean blocked) {

    public Task {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public Task(UUID id, UUID projectId, String title, String description, TaskStatus status, Priority priority,
                UUID assigneeId, LocalDate dueDate, double position, UUID importId,
                UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt, int version, int number,
                String key, List<String> labels) {
        this(id, projectId, title, description, status, priority, assigneeId, dueDate, position, importId, createdBy,
                createdAt, updatedBy, updatedAt, version, number, key, labels, null, null, null, null, 0, 0, false);
    }

    /** A state as the task JSON shows it beside {@code status}. */
    public record State(UUID id, String name, TaskStatus category) {
    }

    /** The task's state, null only for a project that has none yet. */
    @JsonProperty("state")
    public State state() {
        return stateId == null ? null : new State(stateId, stateName, status);
    }

    /** How many subtasks a task has and how many of them are done: "3/5 done". */
    public record Progress(int done, int total) {
    }

    @JsonProperty("subtasks")
    public Progress subtasks() {
        return new Progress(subtasksDone, subtasksTotal);
    }

    /** The same task under another parent (null: none); the counts and key of the parent are the database's to fill. */
    Task withParent(UUID parent) {
        return new Task(id, projectId, title, description, status, priority, assigneeId, dueDate, position, importId,
                createdBy, createdAt, updatedBy, updatedAt, version, number, key, labels, stateId, stateName, parent, null,
                subtasksDone, subtasksTotal, blocked);
    }
}
