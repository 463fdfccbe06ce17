package dev.pms.platform.ratelimit;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds the account a sign-in attempt is for, from a JSON body or a form, without consuming the body
 * the controller still has to read. The email is kept only as a hash in the bucket table.
 */
final class SignInEmail {
    private static final int MAX_BODY = 16 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BODY = SignInEmail.class.getName() + ".body";

    private SignInEmail() {
    }

    /** A JSON request whose first bytes are read into memory and replayed to whoever reads it next. */
    static HttpServletRequest buffer(HttpServletRequest request) throws IOException {
        if (!isJson(request)) {
            return request;
        }
        InputStream original = request.getInputStream();
        byte[] head = original.readNBytes(MAX_BODY + 1);
        request.setAttribute(BODY, head);
        return new ReplayingRequest(request, new SequenceInputStream(new ByteArrayInputStream(head), original));
    }

    /** SHA-256 of the normalised email, or null when the request names none. */
    static String of(HttpServletRequest request) {
        String email = isJson(request) ? fromJson((byte[]) request.getAttribute(BODY)) : formEmail(request);
        return email == null || email.isBlank() ? null : sha256(email.trim().toLowerCase(Locale.ROOT));
    }

    private static String formEmail(HttpServletRequest request) {
        String email = request.getParameter("email");
        return email != null ? email : request.getParameter("username");
    }

    private static String fromJson(byte[] body) {
        if (body == null || body.length > MAX_BODY) {
            return null;
        }
        try {
            JsonNode email = JSON.readTree(body).get("email");
            return email != null && email.isString() ? email.asString() : null;
        } catch (JacksonException e) {
            return null; // the controller answers the malformed body; only the IP quota counts it
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final class ReplayingRequest extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        ReplayingRequest(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = body.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("sign-in bodies are read blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(body,
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
