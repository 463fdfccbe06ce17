package dev.pms.platform.web.page;

import dev.pms.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.function.Function;

/**
 * A change made from a section of a page (a partial the page loads into a slot, such as a task's Links or Subtasks).
 * A refusal is said in the section itself, next to what was typed; a missing permission still goes to the error page.
 * Without JavaScript a change that went through goes back to the whole page.
 */
public final class SectionChange {
    private SectionChange() {
    }

    /**
     * Runs {@code change}; answers {@code section} with the refusal in words (null when it went through), or, for a
     * request that htmx did not send and a change that went through, a redirect to {@code page}.
     */
    public static ModelAndView answer(HttpServletRequest request, String page, Runnable change,
                                      Function<String, ModelAndView> section) {
        String refusal = null;
        try {
            change.run();
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            refusal = e.forPeople();
        }
        if (!Htmx.isHtmx(request) && refusal == null) {
            return new ModelAndView(Htmx.redirect(page));
        }
        return section.apply(refusal);
    }
}
