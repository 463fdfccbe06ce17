package dev.pms.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogFormatTests {

    @Test
    void jsonMeansElasticCommonSchemaAndTextMeansNoStructuredLogging() {
        assertThat(LogFormatEnvironmentPostProcessor.structuredFormat("json")).isEqualTo("ecs");
        assertThat(LogFormatEnvironmentPostProcessor.structuredFormat("LOGSTASH")).isEqualTo("logstash");
        assertThat(LogFormatEnvironmentPostProcessor.structuredFormat("text")).isNull();
        assertThatThrownBy(() -> LogFormatEnvironmentPostProcessor.structuredFormat("yaml")).hasMessageContaining("PMS_LOG_FORMAT");
    }

    @Test
    void theSettingTurnsOnBootsStructuredConsoleUnlessThatIsSetItself() {
        MockEnvironment json = new MockEnvironment().withProperty("pms.log.format", "json");
        new LogFormatEnvironmentPostProcessor().postProcessEnvironment(json, null);
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");

        MockEnvironment explicit = new MockEnvironment().withProperty("pms.log.format", "json")
                .withProperty("logging.structured.format.console", "gelf");
        new LogFormatEnvironmentPostProcessor().postProcessEnvironment(explicit, null);
        assertThat(explicit.getProperty("logging.structured.format.console")).isEqualTo("gelf");
    }
}
