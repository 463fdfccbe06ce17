package dev.pms.account;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one password rule (NIST SP 800-63B): 8 to 128 characters, and not one of the 100,000 most common
 * passwords; no other composition rule. The list is nbvcxz's {@code dictionaries/passwords.txt}
 * (me.gosimple:nbvcxz, MIT licence), read once at start. Only its entries of 8 characters or more are kept
 * (shorter ones fail the length rule anyway): about 51,000 strings, some 6 MB of heap.
 */
@Component
public class PasswordRule {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "dictionaries/passwords.txt";
    private final Set<String> common;

    PasswordRule() {
        this.common = load();
    }

    /** What is wrong with the password, in words for the person choosing it; empty when it may be used. */
    public Optional<String> problemWith(String password) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("Choose a password of 8 to 128 characters.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is on a list of the 100,000 most common passwords, which attackers try first. "
                    + "Choose another one, for example a few unrelated words.");
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(80_000);
        try (InputStream in = PasswordRule.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + LIST + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (word.length() >= MIN_LENGTH) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
