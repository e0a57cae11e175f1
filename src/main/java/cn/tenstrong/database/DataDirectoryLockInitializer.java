package cn.tenstrong.database;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Makes every start hold the data directory's lock (registered in META-INF/spring.factories, so the platform, the
 * command-line verbs and the tests all do): it is taken when the context refreshes, as the very first step, before
 * any bean definition is read or any bean exists, so a start that is refused touches neither the directory nor the
 * database in it. Not earlier: only then is the environment final (a test's dynamic properties, for one, are added
 * after the initializers run). The lock is a bean (for {@link EmbeddedDatabaseConfiguration}) and is released last when
 * the context closes, after the embedded PostgreSQL has stopped. The launcher's {@link DataDirectoryProbe} refuses the
 * common case sooner.
 */
class DataDirectoryLockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "platformDataDirectoryLock";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new LockTaker(context.getEnvironment()));
    }

    /** Programmatic registry post-processors run first in a refresh, ahead of the configuration-class scan. */
    private record LockTaker(Environment environment) implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            DataDirectoryLock lock = DataDirectoryLock.acquire(ConfiguredDataDirectory.of(environment));
            DefaultSingletonBeanRegistry beans = (DefaultSingletonBeanRegistry) registry;
            beans.registerSingleton(BEAN_NAME, lock);
            // registered before every other bean, so destroyed after all of them (Spring destroys in reverse order)
            beans.registerDisposableBean(BEAN_NAME, lock::close);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            // the lock is taken above
        }
    }

    /** Writes the HTTP port into the lock file once the server listens. */
    @org.springframework.stereotype.Component
    static class PortRecorder implements ApplicationListener<WebServerInitializedEvent> {

        private final DataDirectoryLock lock;

        PortRecorder(DataDirectoryLock lock) {
            this.lock = lock;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() == null) {
                lock.recordPort(event.getWebServer().getPort());
            }
        }
    }
}
