/** Owns users, their credentials, sign-up and sign-in, and personal API tokens. */
package dev.pms.account;
