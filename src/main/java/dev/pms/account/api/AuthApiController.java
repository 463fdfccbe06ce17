package dev.pms.account.api;

import dev.pms.account.AccountService;
import dev.pms.account.SessionService;
import dev.pms.account.SignUpCommand;
import dev.pms.account.SignUpResult;
import dev.pms.account.User;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
class AuthApiController {
    private final AccountService accounts;
    private final SessionService sessions;

    AuthApiController(AccountService accounts, SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    record SignUpRequest(@NotBlank @Email @Size(max = 320) String email,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull @Size(min = 8, max = 128) String password) {
    }

    record SignInRequest(@NotBlank String email, @NotNull String password) {
    }

    record UserResponse(UUID id, String email, String name, boolean instanceAdmin, Instant createdAt) {
        static UserResponse of(User user) {
            return new UserResponse(user.id(), user.email(), user.name(), user.instanceAdmin(), user.createdAt());
        }
    }

    /** The one answer to every sign-up, whether the email was new or taken: nothing in it tells them apart. */
    record SignUpResponse(String email, String message) {
        static final String MESSAGE = "Sign-up received. A new account is signed in at once (GET /api/v1/me shows it); "
                + "if this email already has an account, nothing was changed and its owner may sign in as usual.";
    }

    /**
     * Creates the account and signs it in, as every product does after sign-up. A taken email gets the same
     * status and body, without a session, and its owner is told by email (when SMTP is configured).
     */
    @PostMapping("/auth/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpResponse signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request, HttpServletResponse response) {
        SignUpResult result = accounts.signUp(new SignUpCommand(body.email(), body.name(), body.password()));
        if (result.created().isPresent()) {
            sessions.signIn(body.email(), body.password(), request, response);
        }
        return new SignUpResponse(body.email().trim(), SignUpResponse.MESSAGE);
    }

    @PostMapping("/auth/signin")
    UserResponse signIn(@Valid @RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        AuthenticatedUser user = sessions.signIn(body.email(), body.password(), request, response);
        return accounts.find(user.id()).map(UserResponse::of).orElseThrow();
    }

    @PostMapping("/auth/signout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request, response);
    }

    @GetMapping("/me")
    UserResponse me(@AuthenticationPrincipal AuthenticatedUser principal) {
        return accounts.find(principal.id()).map(UserResponse::of)
                .orElseThrow(() -> ProblemException.notFound("account"));
    }
}
