package dev.pms.platform.ratelimit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpStatus;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response that is not sent while its status is 401: Spring's message converters flush what they write, and a
 * client that had its 401 before the {@link TokenFailureFilter} counted the failure could send its next token ahead
 * of the count. Held in the buffer, the 401 leaves when the filter chain has returned, after the count.
 */
final class HeldUnauthorized extends HttpServletResponseWrapper {
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldUnauthorized(HttpServletResponse response) {
        super(response);
    }

    private interface Sending {
        void run() throws IOException;
    }

    private boolean held() {
        return getStatus() == HttpStatus.UNAUTHORIZED.value();
    }

    /** Flushing or closing sends what was written: while the status is 401, it waits (see above). */
    private void unlessHeld(Sending sending) throws IOException {
        if (!held()) {
            sending.run();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        unlessHeld(super::flushBuffer);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    unlessHeld(out::flush);
                }

                @Override
                public void close() throws IOException {
                    unlessHeld(out::close);
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new FilterWriter(super.getWriter()) {
                @Override
                public void flush() throws IOException {
                    unlessHeld(out::flush);
                }

                @Override
                public void close() throws IOException {
                    unlessHeld(out::close);
                }
            });
        }
        return writer;
    }
}
