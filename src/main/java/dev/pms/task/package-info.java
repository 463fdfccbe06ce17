/** Owns tasks: writes in TaskService (create, edit), TaskMoves (board and state moves), TaskDeletions and TaskBulkService; the table, board, calendar and my-tasks reads in TaskQueries. */
package dev.pms.task;
