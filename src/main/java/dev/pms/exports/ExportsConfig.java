package dev.pms.exports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
class ExportsConfig {

    @Bean
    ExportSlots exportSlots(ExportProperties properties) {
        return new ExportSlots(properties);
    }
}
