/** Shared infrastructure every feature builds on: database, web errors, security, ids and paging. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.pms.platform;

import org.springframework.modulith.ApplicationModule;
