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

/**
 * Setting spring.datasource.url switches the platform to an external PostgreSQL, with no code change; with
 * spring.flyway.user the migrations run as the owner and the application logs in as a role that only gets rows.
 */
class ExternalDatabaseTest {

    @Test
    void platformRunsOnAnExternalPostgres(@TempDir Path external, @TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(external).start()) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            JdbcClient.create(server.getPostgresDatabase()).sql("create role platform_app login").update();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatformApplication.class).run(
                    "--spring.datasource.url=" + url, "--spring.datasource.username=platform_app",
                    "--spring.flyway.user=postgres", "--spring.flyway.password=",
                    "--platform.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off")) {
                JdbcClient appJdbc = app.getBean(JdbcClient.class);
                assertThat(appJdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(server.getPort());
                assertThat(appJdbc.sql("select current_user").query(String.class).single()).isEqualTo("platform_app");
                assertThat(appJdbc.sql("select has_table_privilege('audit_log', 'INSERT') "
                        + "and not has_table_privilege('audit_log', 'UPDATE') and has_table_privilege('org_region', 'UPDATE')")
                        .query(Boolean.class).single()).isTrue();
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
