package dev.pms.account;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTests {
    private static final PasswordRule RULE = new PasswordRule();

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[]{"password1234", "Password1234", "12345678", "iloveyou", "qwertyuiop", "PASSWORD123"}) {
            assertThat(RULE.problemWith(common)).as(common).hasValueSatisfying(m -> assertThat(m).contains("most common passwords"));
        }
    }

    @Test
    void anyOtherPasswordOf8To128CharactersIsAcceptedWithoutCompositionRules() {
        for (String fine : new String[]{"correct horse", "zq8#Lm2!", "p".repeat(128), "lowercase only words here", "\uD83D\uDE00".repeat(64)}) {
            assertThat(RULE.problemWith(fine)).as(fine).isEmpty();
        }
    }

    @Test
    void lengthIsTheOnlyOtherRule() {
        assertThat(RULE.problemWith("a1b2c3d")).hasValue("Choose a password of 8 to 128 characters.");
        assertThat(RULE.problemWith("p".repeat(129))).hasValue("Choose a password of 8 to 128 characters.");
    }

    /** The list's entries of 8 characters or more (about 38,000 of its 100,000); prints what holding them costs. */
    @Test
    void theListIsLoadedWholeAndItsSizeMeasured() {
        assertThat(RULE.size()).isBetween(35_000, 100_000);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        PasswordRule another = new PasswordRule();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            another.problemWith("not-on-the-list-" + i);
        }
        long checkNanos = (System.nanoTime() - start) / 100_000;
        System.err.printf("common passwords: %d entries, ~%d KB of heap, loaded in %d ms, %d ns per check%n",
                another.size(), (after - before) / 1024, loadMillis, checkNanos);
    }
}
