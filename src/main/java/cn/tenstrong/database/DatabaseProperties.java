package cn.tenstrong.database;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.database}: the embedded database's settings; ignored when spring.datasource.url is set.
 *
 * @param appRole the login the application's connections use on the embedded database: it owns nothing, so it
 *                cannot switch off the audit log's triggers or alter its table (migrations run as the owner)
 * @param embeddedSettings PostgreSQL server settings of the embedded database (postgresql.conf names and values),
 *                set at its start: application.yml gives the bulk-load ones (WAL room, checkpoint spacing, buffers);
 *                the durability settings (fsync, synchronous_commit, full_page_writes) are not among them and
 *                cannot be turned off here
 */
@ConfigurationProperties("platform.database")
record DatabaseProperties(@DefaultValue("tenstrong") String embeddedDatabaseName,
                          @DefaultValue("0") int embeddedPort,
                          @DefaultValue("60s") Duration embeddedStartupWait,
                          @DefaultValue("tenstrong_app") String appRole,
                          Map<String, String> embeddedSettings) {

    DatabaseProperties {
        embeddedSettings = embeddedSettings == null ? Map.of() : Map.copyOf(embeddedSettings);
    }
}
