package dev.pms.support;

import dev.pms.platform.web.page.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workspace routes that forgot {@code @RequiresPermission}, on purpose, one JSON and one page: the access
 * check must refuse them (fail closed) before they run. Part of every test context ({@link IntegrationTest}), never of PMS.
 */
public final class UnguardedController {
    public static final String PATH = "/unguarded-for-tests";
    private static final AtomicInteger CALLS = new AtomicInteger();

    private UnguardedController() {
    }

    public static int calls() {
        return CALLS.get();
    }

    @RestController
    public static class Api {
        @GetMapping("/api/v1/workspaces/{workspaceId}" + PATH)
        String reached() {
            CALLS.incrementAndGet();
            return "reached";
        }
    }

    @PageController
    public static class Page {
        @GetMapping("/w/{workspaceId}" + PATH)
        @ResponseBody
        String reached() {
            CALLS.incrementAndGet();
            return "reached";
        }
    }
}
