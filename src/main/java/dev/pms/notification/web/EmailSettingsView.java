package dev.pms.notification.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The account page of email settings: the three choices, whether PMS can send email at all, and a saved notice. */
public record EmailSettingsView(Layout layout, List<Choice> choices, boolean mailEnabled, boolean saved) {

    public record Choice(String value, String label, boolean selected) {
    }
}
