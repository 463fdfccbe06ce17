package dev.pms.account;

import dev.pms.platform.mail.Outbox;
import org.springframework.stereotype.Component;

/** The emails the account module sends to account owners. */
@Component
class AccountNotices {
    private final Outbox outbox;

    AccountNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Sign-up answers alike for new and taken emails, so the owner of a taken one hears of the attempt here. */
    void someoneSignedUpAs(String email) {
        outbox.send(email, "Someone tried to create a PMS account with your email address", """
                Someone tried to create a new PMS account with this email address, which already has an account.
                Nothing was changed: your account and its password are as they were.

                If it was you, sign in with your existing account instead (or ask your PMS administrator if you
                forgot your password). If it was not you, you need not do anything.
                """);
    }
}
