package dev.pms.account.web;

import dev.pms.account.AccountService;
import dev.pms.account.PasswordRule;
import dev.pms.account.SessionService;
import dev.pms.account.SignUpCommand;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.ProblemWriter;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign up, sign in and sign out in the browser; the same account and session logic as the JSON API. */
@PageController
class AuthPageController {
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";
    private final AccountService accounts;
    private final SessionService sessions;
    private final PasswordRule passwordRule;

    AuthPageController(AccountService accounts, SessionService sessions, PasswordRule passwordRule) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordRule = passwordRule;
    }

    @GetMapping("/signin")
    ModelAndView signInForm(@RequestParam(required = false) String next) {
        return Htmx.page("account/signin", new AuthFormView(Layouts.of("Sign in"), "", "", safeNext(next), null));
    }

    @PostMapping("/signin")
    ModelAndView signIn(@RequestParam String email, @RequestParam String password, @RequestParam(required = false) String next,
                        HttpServletRequest request, HttpServletResponse response) {
        try {
            sessions.signIn(email, password, request, response);
            return new ModelAndView(Htmx.redirect(safeNext(next)));
        } catch (ProblemException e) {
            // 401 for a wrong password, 429 (with Retry-After) while the account must wait
            response.setStatus(e.status().value());
            ProblemWriter.retryAfter(response, e);
            return Htmx.page("account/signin", new AuthFormView(Layouts.of("Sign in"), email, "", safeNext(next), e.forPeople()));
        }
    }

    @GetMapping("/signup")
    ModelAndView signUpForm(@RequestParam(required = false) String next) {
        return Htmx.page("account/signup", new AuthFormView(Layouts.of("Create your account"), "", "", safeNext(next), null));
    }

    /**
     * A new account is signed in and sent on; a taken email gets the very same redirect without a session, so
     * it lands on the sign-in page (its owner is told by email). The answer never says which it was.
     */
    @PostMapping("/signup")
    ModelAndView signUp(@RequestParam String email, @RequestParam String name, @RequestParam String password,
                        @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response) {
        try {
            String problem = problemWith(email.trim(), name.trim(), password);
            if (problem != null) {
                throw ProblemException.invalid("form", problem);
            }
            if (accounts.signUp(new SignUpCommand(email.trim(), name.trim(), password)).created().isPresent()) {
                sessions.signIn(email, password, request, response);
            }
            return new ModelAndView(Htmx.redirect(safeNext(next)));
        } catch (ProblemException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String message = e.forPeople();
            return Htmx.page("account/signup", new AuthFormView(Layouts.of("Create your account"), email, name, safeNext(next), message));
        }
    }

    @PostMapping("/signout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request, response);
        return Htmx.redirect("/signin");
    }

    private String problemWith(String email, String name, String password) {
        if (!email.matches(EMAIL) || email.length() > 320) {
            return "Enter an email address like ann@example.com.";
        }
        if (name.isEmpty() || name.length() > 200) {
            return "Enter your name (up to 200 characters).";
        }
        return passwordRule.problemWith(password).orElse(null);
    }

    /** Only a path on this site: never another origin, so the sign-in form cannot be used to send people elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
