package dev.pms.imports;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Multipart limits follow {@code pms.import.max-bytes}, so that one property sets the upload limit everywhere. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportsConfig {
    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        long max = properties.maxBytes().toBytes();
        // the limit is on the whole request, so that its Content-Length alone tells a too-large upload (ImportSizeFilter);
        // parts go to temporary files from the first megabyte on: a 100 MB upload never sits in the heap
        return new MultipartConfigElement("", max, max, 1024 * 1024);
    }

    /**
     * Tomcat answers "100 Continue" only when a handler starts reading the body, so a client that waits for
     * it (curl does for big uploads) never sends a body the size filter refuses.
     */
    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    /** Before security and multipart parsing: a too-large upload is refused before its body is read. */
    @Bean
    FilterRegistrationBean<ImportSizeFilter> importSizeFilter(ImportProperties properties) {
        FilterRegistrationBean<ImportSizeFilter> registration =
                new FilterRegistrationBean<>(new ImportSizeFilter(properties.maxBytes().toBytes()));
        registration.addUrlPatterns("/api/v1/workspaces/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
