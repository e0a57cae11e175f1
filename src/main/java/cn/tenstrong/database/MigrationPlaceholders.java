package cn.tenstrong.database;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations' grant callbacks which login the application uses ({@code ${appRole}}): the embedded
 * database's application role, or {@code spring.datasource.username} on an external server (run the migrations as
 * the owner with {@code spring.flyway.user}). The callbacks do nothing when the application logs in as the owner.
 * Tells the repeatable migration {@code project/R__project_ref_zone} the platform's time zone
 * ({@code ${platformZone}}, {@code platform.zone}), taken from the platform's clock so that the zone has one default.
 */
@Component
class MigrationPlaceholders implements FlywayConfigurationCustomizer {

    private final Environment environment;
    private final DatabaseProperties properties;
    private final Clock clock;

    MigrationPlaceholders(Environment environment, DatabaseProperties properties, Clock clock) {
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        boolean external = environment.getProperty("spring.datasource.url", "").isBlank() == false;
        String appRole = external ? environment.getProperty("spring.datasource.username", "")
                : properties.appRole();
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("appRole", appRole);
        placeholders.put("platformZone", clock.getZone().getId());
        configuration.placeholders(placeholders);
    }
}
