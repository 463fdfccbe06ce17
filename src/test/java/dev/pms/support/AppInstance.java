package dev.pms.support;

import dev.pms.PmsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** A whole PMS node started by a test, as a second (or third) node behind a load balancer would be. */
public final class AppInstance implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A node on a free port whose database is {@code postgres://...} or {@code jdbc:postgresql:...}. */
    public static AppInstance start(String databaseUrl, String... properties) {
        // command-line arguments: they outrank application.properties, as an operator's flags would
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.main.banner-mode=off", "--pms.database.url=" + databaseUrl,
                // tests sign many people up from one address; SignUpLimitTests checks the real limit
                "--pms.rate-limit.sign-up.capacity=1000000"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new AppInstance(new SpringApplicationBuilder(PmsApplication.class).run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public Api api() {
        return new Api(port());
    }

    @Override
    public void close() {
        context.close();
    }
}
