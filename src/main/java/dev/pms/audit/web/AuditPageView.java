package dev.pms.audit.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The workspace's audit log page: the filters, one page of entries, and the link to older ones (null on the last page). */
public record AuditPageView(Layout layout, String basePath, List<Option> people, List<Option> kinds, List<Row> entries,
                            String olderHref) {

    public record Option(String value, String label, boolean selected) {
    }

    /** One entry as shown: every field already in words. */
    public record Row(String at, String kind, String actor, String target, String address, String detail) {
    }
}
