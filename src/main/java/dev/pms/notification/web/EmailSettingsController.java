package dev.pms.notification.web;

import dev.pms.notification.EmailLevel;
import dev.pms.notification.EmailSettings;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.Arrays;

/** Which notifications a person gets by email (an account page), and the unsubscribe link of the emails (no sign-in). */
@PageController
class EmailSettingsController {
    private final EmailSettings settings;

    EmailSettingsController(EmailSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/account/notifications")
    ModelAndView settings(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean saved) {
        EmailLevel level = settings.level(user.id());
        return Htmx.page("notification/settings", new EmailSettingsView(Layouts.of("Email notifications"),
                Arrays.stream(EmailLevel.values()).map(l -> new EmailSettingsView.Choice(l.name(), l.label(), l == level)).toList(),
                settings.mailEnabled(), saved));
    }

    @PostMapping("/account/notifications")
    String save(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam EmailLevel email) {
        settings.setLevel(user.id(), email);
        return Htmx.redirect("/account/notifications?saved=true");
    }

    @GetMapping("/unsubscribe")
    ModelAndView confirm(@RequestParam(required = false) String u, @RequestParam(required = false) String t,
                         HttpServletResponse response) {
        boolean valid = settings.signedUser(u, t).isPresent();
        if (!valid) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return Htmx.page("notification/unsubscribe", new UnsubscribeView(Layouts.of("Unsubscribe"), u, t, valid, false));
    }

    @PostMapping("/unsubscribe")
    ModelAndView unsubscribe(@RequestParam(required = false) String u, @RequestParam(required = false) String t,
                             HttpServletResponse response) {
        boolean done = settings.unsubscribe(u, t);
        if (!done) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return Htmx.page("notification/unsubscribe", new UnsubscribeView(Layouts.of("Unsubscribe"), u, t, done, done));
    }
}
