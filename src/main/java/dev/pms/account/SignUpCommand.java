package dev.pms.account;

/** What a new account needs; validated at the API edge. */
public record SignUpCommand(String email, String name, String password) {
}
