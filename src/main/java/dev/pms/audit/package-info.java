/**
 * Owns the audit log: an append-only record of security-relevant events (sign-ins, sign-outs, member and role
 * changes, invites, tokens, deletions, exports, import undo) with who, when, from which address and what. It
 * listens to the other modules' events in their transactions, so that an entry commits with its change; its SQL
 * joins the account module's users table for names, as the workspace module does.
 */
@ApplicationModule(allowedDependencies = {"platform", "account", "workspace", "project", "exports", "imports"})
package dev.pms.audit;

import org.springframework.modulith.ApplicationModule;
