package cn.tenstrong.enterprise.internal;

import cn.tenstrong.database.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index lives under {@code <platform.data-dir>/lucene/enterprises}. */
@Configuration(proxyBeanMethods = false)
class EnterpriseConfiguration {

    @Bean(destroyMethod = "close")
    EnterpriseIndex enterpriseIndex(PlatformProperties platform) {
        return new EnterpriseIndex(platform.dataDir().toAbsolutePath().normalize().resolve("lucene").resolve("enterprises"));
    }

    @Bean
    IndustryGate industryGate() {
        return IndustryGate.loadDefault();
    }
}
