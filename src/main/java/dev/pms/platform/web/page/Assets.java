package dev.pms.platform.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URLs of the scripts and the style sheet that every page loads, with the hash of their content in the file
 * name (see {@link StaticFilesConfig}). JTE writes attributes as they are, without the servlet API's encodeURL,
 * so the layout takes them from here, resolved by Spring's resource chain.
 */
public record Assets(String css, String htmx, String sse, String sortable, String appJs) {
    private static final String CSS = "/css/app.css";
    private static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";
    private static final String SSE = "/webjars/htmx-ext-sse/sse.js";
    private static final String SORTABLE = "/webjars/sortablejs/Sortable.min.js";
    private static final String APP_JS = "/js/app.js";

    /** Resolved with the provider Spring MVC puts on every request it maps; the plain paths outside of one. */
    static Assets of(HttpServletRequest request) {
        if (!(request.getAttribute(ResourceUrlProvider.class.getName()) instanceof ResourceUrlProvider urls)) {
            return new Assets(CSS, HTMX, SSE, SORTABLE, APP_JS);
        }
        return new Assets(resolve(urls, CSS), resolve(urls, HTMX), resolve(urls, SSE), resolve(urls, SORTABLE), resolve(urls, APP_JS));
    }

    private static String resolve(ResourceUrlProvider urls, String path) {
        String url = urls.getForLookupPath(path);
        return url != null ? url : path;
    }
}
