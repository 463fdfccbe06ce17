package dev.pms.label;

import java.util.Locale;

/** The palette of label colours: a page shows one as a CSS class, so no typed text ever reaches a style. */
public enum LabelColour {
    GREY, RED, ORANGE, YELLOW, GREEN, TEAL, BLUE, PURPLE, PINK;

    /** The CSS class that paints a label in this colour ({@code label-red}). */
    public String cssClass() {
        return "label-" + name().toLowerCase(Locale.ROOT);
    }

    /** The colour as people read it: "Red". */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
