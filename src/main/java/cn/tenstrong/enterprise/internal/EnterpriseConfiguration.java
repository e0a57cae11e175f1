package cn.tenstrong.enterprise.internal;

import cn.tenstrong.shared.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index ({@code platform.search.engine}): embedded Lucene under {@code <platform.data-dir>/lucene/enterprises}
 * by default, or an OpenSearch cluster shared by several platform nodes.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseConfiguration {

    @Bean(destroyMethod = "close")
    EnterpriseSearchIndex enterpriseIndex(PlatformProperties platform, SearchProperties search) {
        return switch (search.engine()) {
            case LUCENE -> new EnterpriseIndex(
                    platform.dataDir().toAbsolutePath().normalize().resolve("lucene").resolve("enterprises"),
                    search.totalHitsThreshold());
            case OPENSEARCH -> new OpenSearchEnterpriseIndex(OpenSearchConnection.open(search.opensearch()),
                    search.opensearch(), search.totalHitsThreshold());
        };
    }

    @Bean
    IndustryGate industryGate() {
        return IndustryGate.loadDefault();
    }
}
