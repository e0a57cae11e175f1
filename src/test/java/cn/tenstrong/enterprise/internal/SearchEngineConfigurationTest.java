package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import cn.tenstrong.shared.PlatformProperties;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code platform.search.engine} chooses the index: Lucene by default, OpenSearch at the given addresses. */
@Tag("opensearch")
class SearchEngineConfigurationTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({PlatformProperties.class, SearchProperties.class})
    static class Properties {
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Properties.class, EnterpriseConfiguration.class)
                .withPropertyValues("platform.data-dir=" + dir);
    }

    @Test
    void theEmbeddedLuceneIndexIsTheDefault() {
        runner().run(context -> assertThat(context.getBean(EnterpriseSearchIndex.class)).isInstanceOf(EnterpriseIndex.class));
        assertThat(dir.resolve("lucene").resolve("enterprises")).isDirectory();
    }

    @Test
    void opensearchIsChosenByConfiguration() {
        runner().withPropertyValues("platform.search.engine=opensearch",
                "platform.search.opensearch.uris=" + OpenSearchNode.shared().uri(),
                "platform.search.opensearch.index=configured-enterprises", "platform.search.opensearch.replicas=0")
                .run(context -> {
                    EnterpriseSearchIndex index = context.getBean(EnterpriseSearchIndex.class);
                    assertThat(index).isInstanceOf(OpenSearchEnterpriseIndex.class);
                    index.update(List.of(Enterprises.named("配置测试光刻胶有限公司").id(7).region("370102", "")
                            .industry("3985").capital(BigDecimal.ONE).revenue(BigDecimal.ONE).build()), List.of());
                    assertThat(index.search(EnterpriseQuery.text("光刻胶")).ids()).containsExactly(7L);
                });
    }

    @Test
    void opensearchWithoutAddressesRefusesToStart() {
        runner().withPropertyValues("platform.search.engine=opensearch").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("platform.search.opensearch.uris"));
    }
}
