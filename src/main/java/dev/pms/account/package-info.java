/**
 * Owns users, their credentials, sign-up and sign-in, and personal API tokens. Its token lookup also reads the
 * workspace module's members table for the role in the workspace a request names (one round trip instead of two).
 */
@ApplicationModule(allowedDependencies = {"platform"})
package dev.pms.account;

import org.springframework.modulith.ApplicationModule;
