package cn.tenstrong.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the UI shows comes from the message bundles: templates hold no literal text, every key
 * a template names exists, and all bundles have the same keys.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)\\s*[}(]");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace") || element.hasAttr("th:insert");
                for (TextNode text : element.textNodes()) {
                    if (!replaced && hasWords(text.text())) {
                        violations.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.text().trim() + "\"");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasWords(element.attr(attribute))) {
                        violations.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(violations).as("literal UI text must move to i18n/messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Properties zh = new Properties();
        for (String base : bundles()) {
            zh.putAll(load("i18n/" + base + ".properties"));
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!zh.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        for (String base : bundles()) {
            Properties zh = load("i18n/" + base + ".properties");
            Properties en = load("i18n/" + base + "_en.properties");
            assertThat(new TreeSet<>(en.stringPropertyNames())).as(base).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        }
        assertThat(load("i18n/messages.properties").stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String base : bundles()) {
            assertThat(config).as("spring.messages.basename lists i18n/" + base).contains("i18n/" + base);
        }
        // and the other way: a configured bundle that does not exist is a warning on every page rendered
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("basename:\\s*(\\S+)").matcher(config);
        assertThat(m.find()).isTrue();
        for (String configured : m.group(1).split(",")) {
            assertThat(bundles()).as(configured + " is configured but has no file").contains(configured.replace("i18n/", ""));
        }
    }

    /** The bundles' base names: i18n/NAME.properties beside i18n/NAME_en.properties. */
    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
