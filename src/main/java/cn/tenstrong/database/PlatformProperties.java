package cn.tenstrong.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Platform-wide settings: where data lives and how the embedded database runs. */
@ConfigurationProperties("platform")
public record PlatformProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Database database) {

    /** Embedded database settings; ignored when spring.datasource.url is set. */
    public record Database(@DefaultValue("tenstrong") String embeddedDatabaseName,
                           @DefaultValue("0") int embeddedPort,
                           @DefaultValue("60s") Duration embeddedStartupWait) {
    }

    public Path pgDirectory() {
        return dataDir.toAbsolutePath().normalize().resolve("pg");
    }
}
