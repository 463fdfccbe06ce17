package dev.pms.audit;

import dev.pms.account.AccountService;
import dev.pms.account.User;
import dev.pms.platform.security.AuthenticatedUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Records sign-ins, failed sign-ins and sign-outs from Spring Security's events. A failed attempt names the
 * account it was for when there is one (as the target: the actor is unknown) and never the password; an attempt
 * for an email without an account records no email, since people sometimes type a password into that field.
 */
@Component
class SignInAudit {
    private final AuditLog log;
    private final AccountService accounts;

    SignInAudit(AuditLog log, AccountService accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        UUID user = userOf(event.getAuthentication());
        if (user != null) {
            log.instance(AuditKind.SIGN_IN, user, user, "password");
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        UUID account = email == null ? null : accounts.findByEmail(email.trim()).map(User::id).orElse(null);
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "wrong password" : "account refused";
        log.instance(AuditKind.SIGN_IN_FAILED, null, account, account == null ? "no account with that email" : reason);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        UUID user = userOf(event.getAuthentication());
        if (user != null) {
            log.instance(AuditKind.SIGN_OUT, user, user, "");
        }
    }

    private static UUID userOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof AuthenticatedUser user ? user.id() : null;
    }
}
