package dev.pms.account.api;

import dev.pms.account.AccountService;
import dev.pms.account.SignUpCommand;
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
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository;

    AuthApiController(AccountService accounts, AuthenticationManager authenticationManager,
                      SecurityContextRepository contextRepository) {
        this.accounts = accounts;
        this.authenticationManager = authenticationManager;
        this.contextRepository = contextRepository;
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

    /** Creates the account and signs it in, as every product does after sign-up. */
    @PostMapping("/auth/signup")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request, HttpServletResponse response) {
        User user = accounts.signUp(new SignUpCommand(body.email(), body.name(), body.password()));
        startSession(body.email(), body.password(), request, response);
        return UserResponse.of(user);
    }

    @PostMapping("/auth/signin")
    UserResponse signIn(@Valid @RequestBody SignInRequest body, HttpServletRequest request, HttpServletResponse response) {
        AuthenticatedUser user = startSession(body.email(), body.password(), request, response);
        return accounts.find(user.id()).map(UserResponse::of).orElseThrow();
    }

    @PostMapping("/auth/signout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @GetMapping("/me")
    UserResponse me(@AuthenticationPrincipal AuthenticatedUser principal) {
        return accounts.find(principal.id()).map(UserResponse::of)
                .orElseThrow(() -> ProblemException.notFound("User", principal.id()));
    }

    private AuthenticatedUser startSession(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email.trim(), password));
        } catch (AuthenticationException e) {
            // one answer for an unknown email and a wrong password: the API does not reveal who has an account
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Email or password is wrong");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return (AuthenticatedUser) authentication.getPrincipal();
    }
}
