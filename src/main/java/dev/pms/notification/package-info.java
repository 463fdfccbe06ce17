/**
 * Owns watchers, the inbox and notification emails: who follows a task, a notification for each watcher of a
 * change except its author (written in the change's transaction, by listening to the task and comment modules'
 * events), and emails batched per person and task, sent by the job queue. Its SQL joins the users and tasks
 * tables for names and titles, as the audit module does.
 */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "project", "task", "comment", "jobs"})
package dev.pms.notification;

import org.springframework.modulith.ApplicationModule;
