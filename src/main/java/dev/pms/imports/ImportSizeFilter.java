package dev.pms.imports;

import dev.pms.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses an upload whose Content-Length already exceeds the limit with 413 before anything reads its
 * body (a client that sent Expect: 100-continue never sends it). The limit is on the whole request, the
 * file and its few form fields, as the multipart limits are (ImportsConfig). Bodies without a length are
 * cut off by the multipart parser at the same limit.
 */
class ImportSizeFilter extends HttpFilter {
    private static final Pattern UPLOAD = Pattern.compile("^/api/v1/workspaces/[^/]+/imports/?$");
    private final long maxBytes;

    ImportSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request) && request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
                    "The upload is larger than the limit of " + maxBytes / (1024 * 1024) + " MB; nothing was stored");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && UPLOAD.matcher(request.getRequestURI()).matches();
    }
}
