package cn.tenstrong.database;

import java.nio.file.Path;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * 数据目录设置: {@code platform.data-dir} as the platform binds it. Apart from {@link DataDirectoryProbe} so that the
 * probe's fast path loads none of these framework classes.
 */
final class ConfiguredDataDirectory {

    private ConfiguredDataDirectory() {
    }

    /** From an environment that is ready (the platform's own, at refresh). */
    static Path of(Environment environment) {
        return Binder.get(environment).bind("platform.data-dir", Path.class).orElse(Path.of("./data"));
    }

    /** Before Spring starts: command line, system properties, environment, application.yml and profiles. */
    static Path resolve(String[] args) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return of(environment);
    }
}
