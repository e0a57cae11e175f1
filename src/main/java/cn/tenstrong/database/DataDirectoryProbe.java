package cn.tenstrong.database;

import java.nio.file.Path;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * 数据目录占用检查: run by the launcher before Spring starts, so a second start on a live data directory is refused in
 * well under a second instead of after the framework's start-up (seconds on a busy machine). It resolves the data
 * directory the way the platform will (command line, system properties, environment, application.yml and profiles),
 * tries the lock and lets it go at once; the lock the platform holds for its life is taken again by
 * {@link DataDirectoryLockInitializer}, which also refuses whoever slips in between.
 */
public final class DataDirectoryProbe {

    private DataDirectoryProbe() {
    }

    /**
     * @param args the command-line options the platform will start with
     * @throws DataDirectoryInUseException when a live process holds the data directory
     */
    public static void refuseIfInUse(String[] args) {
        Path directory;
        try {
            ConfigurableEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
            directory = dataDirectory(environment);
        } catch (RuntimeException e) {
            // a configuration the probe cannot read is reported properly by the start that follows
            return;
        }
        try {
            DataDirectoryLock.acquire(directory).close();
        } catch (java.io.UncheckedIOException e) {
            // an unwritable directory is reported by the start that follows, with Spring Boot's failure analysis
        }
    }

    /** {@code platform.data-dir}, bound as {@link PlatformProperties} binds it. */
    static Path dataDirectory(Environment environment) {
        return Binder.get(environment).bind("platform.data-dir", Path.class).orElse(Path.of("./data"));
    }
}
