/** Owns tasks: writes (create, edit, move, delete) in TaskService, the table, board, calendar and my-tasks reads in TaskQueries. */
package dev.pms.task;
