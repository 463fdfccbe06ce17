package dev.pms.task;

/** Task priority, lowest first; {@link #rank()} orders them in SQL too. */
public enum Priority {
    NONE, LOW, MEDIUM, HIGH, URGENT;

    public int rank() {
        return ordinal();
    }
}
