package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.util.List;

/**
 * Flash attributes belong to pages (redirect after a form post). Looking for them reads the session, and
 * so the database; the API never has any, and a health probe must not wait on the database that way.
 */
class PageFlashMapManager extends SessionFlashMapManager {
    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") ? null : super.retrieveFlashMaps(request);
    }
}
