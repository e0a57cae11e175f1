package cn.tenstrong.database;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * 平台迁移: the platform's migrations run on a database other than the one the platform is starting on (the clusters
 * of a data-directory upgrade), configured exactly as the platform's own Flyway: by Spring Boot's Flyway
 * auto-configuration itself, in a short-lived context that sees the platform's settings ({@code spring.flyway.*}) and
 * the platform's customizers (placeholders such as {@code ${appRole}}), callbacks and Java migrations. A copy of the
 * property mapping would drift from Spring Boot's; this cannot.
 */
final class PlatformFlyway {

    private final ConfigurableEnvironment environment;
    private final ObjectProvider<FlywayConfigurationCustomizer> customizers;
    private final ObjectProvider<Callback> callbacks;
    private final ObjectProvider<JavaMigration> javaMigrations;

    PlatformFlyway(ConfigurableEnvironment environment, ObjectProvider<FlywayConfigurationCustomizer> customizers,
                   ObjectProvider<Callback> callbacks, ObjectProvider<JavaMigration> javaMigrations) {
        this.environment = environment;
        this.customizers = customizers;
        this.callbacks = callbacks;
        this.javaMigrations = javaMigrations;
    }

    /**
     * Migrates the database to this release's schema, as the platform's start would.
     *
     * @param owner connections as the owner of the schema
     * @return the schema version reached (empty when the platform has no versioned migration)
     */
    String migrate(DataSource owner) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            StandardEnvironment settings = new StandardEnvironment();
            settings.merge(environment);
            context.setEnvironment(settings);
            context.setClassLoader(PlatformFlyway.class.getClassLoader());
            context.registerBean("upgradeDataSource", DataSource.class, () -> owner);
            register(context, "customizer", FlywayConfigurationCustomizer.class, platformCustomizers());
            register(context, "callback", Callback.class, callbacks.orderedStream().toList());
            register(context, "javaMigration", JavaMigration.class, javaMigrations.orderedStream().toList());
            context.register(FlywayAutoConfiguration.class);
            // the auto-configuration's initializer migrates while the context refreshes
            context.refresh();
            var current = context.getBean(Flyway.class).info().current();
            MigrationVersion version = current == null ? null : current.getVersion();
            return version == null ? "" : version.getVersion();
        }
    }

    /** Spring Boot's own customizers come with the auto-configuration in the new context; the platform's are added. */
    private List<FlywayConfigurationCustomizer> platformCustomizers() {
        String bootPackage = FlywayAutoConfiguration.class.getPackageName() + ".";
        return customizers.orderedStream()
                .filter(c -> !c.getClass().getName().startsWith(bootPackage))
                .toList();
    }

    private static <T> void register(AnnotationConfigApplicationContext context, String prefix, Class<T> type,
                                     List<T> beans) {
        for (int i = 0; i < beans.size(); i++) {
            T bean = beans.get(i);
            // registered in the platform's order: the new context orders by registration when no @Order says otherwise
            context.registerBean(prefix + i, type, () -> bean);
        }
    }
}
