package dev.pms.activity;

/** What an activity entry records; IMPORTED and UNDONE are one entry per import, not per task; LINKED and UNLINKED tell of a link to another task. */
public enum ActivityKind { CREATED, CHANGED, MOVED, DELETED, COMMENTED, IMPORTED, UNDONE, LINKED, UNLINKED }
