/** Owns exports of tasks: the task list's filters streamed to CSV or XLSX in the columns imports read back. */
package dev.pms.exports;
