/** Owns users, their credentials, sign-up and sign-in, and personal API tokens. */
@ApplicationModule(allowedDependencies = {"platform"})
package dev.pms.account;

import org.springframework.modulith.ApplicationModule;
