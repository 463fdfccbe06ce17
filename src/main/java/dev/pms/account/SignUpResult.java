package dev.pms.account;

import java.util.Optional;

/**
 * What a sign-up did: made an account, or found the email taken and told its owner. Callers answer both the
 * same way (no account enumeration); only a new account is signed in.
 */
public record SignUpResult(Optional<User> created) {
}
