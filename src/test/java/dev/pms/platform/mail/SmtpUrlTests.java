package dev.pms.platform.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpUrlTests {

    @Test
    void anSmtpUrlSetsHostPortAndCredentials() {
        assertThat(SmtpUrlEnvironmentPostProcessor.mailProperties("smtp://pms%40example.com:p%3Ass@mail.example.com:2525"))
                .isEqualTo(Map.of("spring.mail.host", "mail.example.com", "spring.mail.port", 2525, "spring.mail.protocol", "smtp",
                        "spring.mail.username", "pms@example.com", "spring.mail.password", "p:ss"));
    }

    @Test
    void thePortFollowsTheSchemeWhenLeftOut() {
        assertThat(SmtpUrlEnvironmentPostProcessor.mailProperties("smtps://mail.example.com"))
                .containsEntry("spring.mail.port", 465).containsEntry("spring.mail.protocol", "smtps")
                .doesNotContainKey("spring.mail.username");
        assertThat(SmtpUrlEnvironmentPostProcessor.mailProperties("smtp://mail.example.com")).containsEntry("spring.mail.port", 587);
    }

    @Test
    void anythingElseStopsTheStartWithAMessage() {
        for (String bad : new String[]{"mail.example.com", "http://mail.example.com", "smtp://", "smtp://bad host"}) {
            assertThatThrownBy(() -> SmtpUrlEnvironmentPostProcessor.mailProperties(bad))
                    .hasMessageContaining("PMS_SMTP_URL must look like smtp://");
        }
    }
}
