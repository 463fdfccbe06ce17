package dev.pms.imports;

/**
 * The imports of a recent period across all workspaces, for the instance's operators. Rows/s is the
 * rows stored by finished imports over their run time (claim to commit); the fastest is one import's.
 */
public record ImportActivity(long total, long succeeded, long failed, long inProgress, long rowsInserted,
                             double rowsPerSecond, double fastestRowsPerSecond) {
}
