package dev.pms.project;

import dev.pms.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectKeysTests {

    @Test
    void aKeyStartsWithTheFirstThreeLettersOfTheNameWithoutAccents() {
        assertThat(ProjectKeys.base("Website")).isEqualTo("WEB");
        assertThat(ProjectKeys.base("Éclair 2027")).isEqualTo("ECL");
        assertThat(ProjectKeys.base("Q3 plan")).isEqualTo("QPL");
    }

    @Test
    void aNameWithFewerThanTwoLettersIsFilledWithX() {
        assertThat(ProjectKeys.base("A")).isEqualTo("AX");
        assertThat(ProjectKeys.base("2027")).isEqualTo("XX");
    }

    @Test
    void aTakenKeyGetsTheFirstFreeLetterSuffix() {
        assertThat(ProjectKeys.free("WEB", Set.of())).isEqualTo("WEB");
        assertThat(ProjectKeys.free("WEB", Set.of("WEB", "WEBA"))).isEqualTo("WEBB");
        assertThat(ProjectKeys.suffix(26)).isEqualTo("Z");
        assertThat(ProjectKeys.suffix(27)).isEqualTo("AA");
    }

    @Test
    void aTypedKeyIsTwoToTenLettersInCapitals() {
        assertThat(ProjectKeys.typed(" ops ")).isEqualTo("OPS");
        for (String bad : new String[]{"W", "WEB1", "ABCDEFGHIJK", "WE B", "ÄB"}) {
            assertThatThrownBy(() -> ProjectKeys.typed(bad)).as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("2 to 10 letters");
        }
    }
}
