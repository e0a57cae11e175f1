package cn.tenstrong.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations' grant callbacks which login the application uses ({@code ${appRole}}): the embedded
 * database's application role, or {@code spring.datasource.username} on an external server (run the migrations as
 * the owner with {@code spring.flyway.user}). The callbacks do nothing when the application logs in as the owner.
 */
@Component
class MigrationPlaceholders implements FlywayConfigurationCustomizer {

    private final Environment environment;
    private final DatabaseProperties properties;

    MigrationPlaceholders(Environment environment, DatabaseProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        boolean external = environment.getProperty("spring.datasource.url", "").isBlank() == false;
        String appRole = external ? environment.getProperty("spring.datasource.username", "")
                : properties.appRole();
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("appRole", appRole);
        configuration.placeholders(placeholders);
    }
}
