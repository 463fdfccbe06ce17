package dev.pms.account.web;

import dev.pms.platform.web.page.Layout;

/** The sign-in and sign-up forms: what was typed (never the password), where to go next, and what went wrong. */
public record AuthFormView(Layout layout, String email, String name, String next, String error) {
}
