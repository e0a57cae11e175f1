package cn.tenstrong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole platform on a real embedded PostgreSQL. All of them share one
 * application context (and one database in a fresh data directory) per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    protected static final Path DATA_DIR = createDataDir();

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry registry) {
        registry.add("platform.data-dir", DATA_DIR::toString);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The demo accounts the platform generated on first start: username → password. */
    protected static Map<String, String> demoPasswords() {
        try {
            return Files.readAllLines(DATA_DIR.resolve("demo-accounts.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
