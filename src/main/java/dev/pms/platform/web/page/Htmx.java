package dev.pms.platform.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** htmx idioms: whether a request came from htmx, and the one-model-per-template views. */
public final class Htmx {
    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** A template with its one view record, which every template names {@code view}. */
    public static ModelAndView page(String template, Object view) {
        return new ModelAndView(template, "view", view);
    }

    public static String redirect(String path) {
        return "redirect:" + path;
    }
}
