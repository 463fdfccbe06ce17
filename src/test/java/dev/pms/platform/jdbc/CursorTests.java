package dev.pms.platform.jdbc;

import dev.pms.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

    @Test
    void aCursorComesBackAsItWasHandedOutWithNullsAsEmptyText() {
        UUID id = UUID.fromString("01a22287-0000-7000-8000-000000000000");
        String encoded = Cursor.of("2026-03-12", null, "Grüße, \"quoted\" / more", id).encode();
        Cursor back = Cursor.decode(encoded, 4);
        assertThat(back.values()).containsExactly("2026-03-12", "", "Grüße, \"quoted\" / more", id.toString());
        assertThat(back.get(3)).isEqualTo(id.toString());
    }

    @Test
    void theEncodedFormIsSafeInAUrlWithoutEscaping() {
        String encoded = Cursor.of("???>>>", "~~~", "ÿÿÿ").encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorWithTheWrongNumberOfValuesIsRefused() {
        String two = Cursor.of("a", "b").encode();
        assertThat(Cursor.decode(two, 2).values()).containsExactly("a", "b");
        assertRefused(two, 3);
        assertRefused(two, 1);
    }

    @Test
    void textThatIsNoCursorIsRefusedAsBadInputNotAnError() {
        assertRefused("not base64!", 1);
        assertRefused("%%%", 2);
        String forged = Base64.getUrlEncoder().encodeToString("a\u001fb\u001fc".getBytes(StandardCharsets.UTF_8));
        assertRefused(forged, 2);
    }

    @Test
    void emptyValuesAtTheEndAreKept() {
        assertThat(Cursor.decode(Cursor.of("x", "", "").encode(), 3).values()).isEqualTo(List.of("x", "", ""));
    }

    @Test
    void anInstantComesBackAsItWasAndATamperedOneIsBadInput() {
        Instant at = Instant.parse("2026-12-02T12:40:09.123456Z");
        Cursor back = Cursor.decode(Cursor.of(at, "x").encode(), 2);
        assertThat(back.instant(0)).isEqualTo(at);
        assertThatThrownBy(() -> back.instant(1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(400))
                .hasMessage("cursor: not a cursor this list handed out");
    }

    private static void assertRefused(String encoded, int values) {
        assertThatThrownBy(() -> Cursor.decode(encoded, values))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("cursor"));
                })
                .hasMessage("cursor: not a cursor this list handed out");
    }
}
