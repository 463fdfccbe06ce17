package dev.pms.load;

import java.time.Duration;

/**
 * The knobs of the capacity scenarios, as system properties so that {@code bench/capacity.sh} runs them at full
 * length and a smoke run takes seconds ({@code -Dload.browseSeconds=5 -Dload.users=20}). People are the seeded ones,
 * {@code user<N>.<emailTag>@example.com}: with 20 workspaces users 0–199 are owners, admins or managers (they may
 * import), so uploaders start at 0 and browsers at {@link #browserOffset}.
 */
final class LoadSettings {
    static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:28180");
    static final String EMAIL_TAG = System.getProperty("load.emailTag", "load");
    static final String PASSWORD = System.getProperty("load.password", "pms-seed-password");
    /** Where to write when the run started and when everyone had signed in (epoch ms), for the bench scripts. */
    static final String signedInFile = System.getProperty("load.signedInFile", "");

    /** Browsing people, and the requests per second they make together once all have signed in. */
    static final int users = Integer.getInteger("load.users", 500);
    static final int browserOffset = Integer.getInteger("load.browserOffset", 200);
    static final double rps = Double.parseDouble(System.getProperty("load.rps", "500"));
    static final Duration signInRamp = Duration.ofSeconds(Integer.getInteger("load.signInSeconds", 10));
    static final Duration browse = Duration.ofSeconds(Integer.getInteger("load.browseSeconds", 120));
    /** Sign-ins at once when people sign in beforehand (scenario 4): few, so that password hashing keeps up. */
    static final int signInsAtOnce = Integer.getInteger("load.signInsAtOnce", 4);

    /** Uploads: how many people upload at the same moment, and the rows of each file. */
    static final int uploads = Integer.getInteger("load.uploads", 50);
    static final int uploadRows = Integer.getInteger("load.uploadRows", 1000);
    static final Duration pollEvery = Duration.ofMillis(Integer.getInteger("load.pollMillis", 200));
    static final Duration importTimeout = Duration.ofSeconds(Integer.getInteger("load.importTimeoutSeconds", 300));

    /** Exports: how many people export a whole project at the same moment. */
    static final int exports = Integer.getInteger("load.exports", 100);

    private LoadSettings() {
    }

    static String email(int n) {
        return "user" + n + "." + EMAIL_TAG + "@example.com";
    }

    /** Time between one person's browsing requests so that all of them together make {@link #rps}. */
    static Duration pace() {
        return Duration.ofMillis(Math.round(users * 1000 / rps));
    }

    /** When browser {@code index} (from 0) starts, so that the browsers' first requests come at {@link #rps}. */
    static Duration startOffset(int index) {
        return Duration.ofNanos(Math.round(index * 1e9 / rps));
    }
}
