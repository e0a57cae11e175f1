package cn.tenstrong.database;

import java.nio.file.Path;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Takes the data directory's lock before any bean exists (registered in META-INF/spring.factories, so every start
 * takes it: the platform, the command-line verbs, the tests), so a second start is refused before it can touch the
 * directory or the database in it. The lock is a bean (for {@link EmbeddedDatabaseConfiguration}) and is released
 * last when the context closes, after the embedded PostgreSQL has stopped.
 */
class DataDirectoryLockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String BEAN_NAME = "platformDataDirectoryLock";

    /**
     * Last among the initializers: they all run before any bean is created, and the tests' initializer that adds
     * {@code @DynamicPropertySource} properties (the data directory among them) must have run first.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = Binder.get(context.getEnvironment()).bind("platform.data-dir", Path.class)
                .orElse(Path.of("./data"));
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, lock);
        // registered before every other bean, so destroyed after all of them (Spring destroys in reverse order)
        ((DefaultSingletonBeanRegistry) beans).registerDisposableBean(BEAN_NAME, lock::close);
        context.addApplicationListener(new PortRecorder(lock));
    }

    /** Writes the HTTP port into the lock file once the server listens. */
    private record PortRecorder(DataDirectoryLock lock) implements ApplicationListener<WebServerInitializedEvent> {

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() == null) {
                lock.recordPort(event.getWebServer().getPort());
            }
        }
    }
}
