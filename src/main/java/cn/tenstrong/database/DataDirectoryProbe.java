package cn.tenstrong.database;

import java.nio.file.Path;

/**
 * 数据目录占用检查: run by the launcher before Spring starts, so a second start on a live data directory is refused in
 * a second or two instead of after the framework's start-up (many seconds on a busy machine). It resolves the data
 * directory the way the platform will (command line, system properties, environment, application.yml and profiles),
 * tries the lock and lets it go at once; when the command line names the directory it loads no framework class at all.
 * The lock the platform holds for its life is taken again by {@link DataDirectoryLockInitializer}, which also refuses
 * whoever slips in between.
 */
public final class DataDirectoryProbe {

    private DataDirectoryProbe() {
    }

    /**
     * @param args the command-line options the platform will start with
     * @throws DataDirectoryInUseException when a live process holds the data directory
     */
    public static void refuseIfInUse(String[] args) {
        Path directory = givenOnTheCommandLine(args);
        if (directory == null) {
            try {
                directory = ConfiguredDataDirectory.resolve(args);
            } catch (RuntimeException e) {
                // a configuration the probe cannot read is reported properly by the start that follows
                return;
            }
        }
        try {
            DataDirectoryLock.acquire(directory).close();
        } catch (java.io.UncheckedIOException e) {
            // an unwritable directory is reported by the start that follows, with Spring Boot's failure analysis
        }
    }

    /**
     * A single {@code --platform.data-dir=…} on the command line outranks every other source of the setting, so it
     * decides without loading the framework's configuration machinery (seconds of class loading on a busy machine).
     * Spelled any other way, or given twice, the configuration decides.
     */
    static Path givenOnTheCommandLine(String[] args) {
        String prefix = "--platform.data-dir=";
        Path given = null;
        for (String arg : args) {
            String name = arg.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
            if (!name.startsWith("platform.datadir")) {
                continue;
            }
            if (given != null || !arg.startsWith(prefix) || arg.length() == prefix.length()) {
                return null;
            }
            given = Path.of(arg.substring(prefix.length()));
        }
        return given;
    }
}
