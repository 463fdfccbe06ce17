package dev.pms;

import dev.pms.ops.SeedOptions;
import dev.pms.ops.Seeder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

@SpringBootApplication
public class PmsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("seed")) {
            seed(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(PmsApplication.class, args);
    }

    /** {@code seed --users N --workspaces N --tasks N}: fills the configured database without starting the web server. */
    private static void seed(String[] args) {
        SeedOptions options = SeedOptions.parse(Arrays.asList(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PmsApplication.class)
                .web(WebApplicationType.NONE).properties("pms.jobs.enabled=false", "pms.demo.enabled=false").run()) {
            context.getBean(Seeder.class).seed(options);
        }
    }
}
