package cn.tenstrong.database;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.tenstrong.PlatformApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting spring.datasource.url switches the platform to an external PostgreSQL, with no code change. */
class ExternalDatabaseTest {

    @Test
    void platformRunsOnAnExternalPostgres(@TempDir Path external, @TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(external).start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatformApplication.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--platform.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
                JdbcClient appJdbc = app.getBean(JdbcClient.class);
                assertThat(appJdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(server.getPort());
                assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
            }
            JdbcClient direct = JdbcClient.create(server.getPostgresDatabase());
            assertThat(direct.sql("select count(*) from org_region").query(Long.class).single()).isEqualTo(153L);
            assertThat(direct.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThanOrEqualTo(3L);
            assertThat(Files.exists(dataDir.resolve("pg"))).as("no embedded database when an external one is configured").isFalse();
        }
    }
}
