package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tenstrong.org.AgencyDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 语料评测: scores the parser on the corpus of real task documents under {@code plan-corpus/} against their
 * hand-labelled gold (conventions in {@code plan-corpus/SOURCES.md}): item recall, responsibility F1 over
 * (item, lead|support, agency) and target precision. Fails below item recall 0.95 or responsibility F1 0.90.
 */
class PlanCorpusTest {

    static final double MIN_ITEM_RECALL = 0.95;
    static final double MIN_RESPONSIBILITY_F1 = 0.90;

    private static final Path CORPUS = Path.of("src/test/resources/plan-corpus");
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万亿|亿|万)?(.*)");

    private final AgencyDirectory directory = AgencyDirectory.loadDefault();
    private final PlanParser parser = new PlanParser(directory);

    /** Counts of one document, or of the whole corpus. */
    static final class Score {
        final String document;
        int goldItems;
        int foundItems;
        int tp;
        int fp;
        int fn;
        int parsedTargets;
        int correctTargets;
        int goldTargets;

        Score(String document) {
            this.document = document;
        }

        double itemRecall() {
            return goldItems == 0 ? 1 : (double) foundItems / goldItems;
        }

        double f1() {
            return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        double targetPrecision() {
            return parsedTargets == 0 ? 1 : (double) correctTargets / parsedTargets;
        }

        void add(Score s) {
            goldItems += s.goldItems;
            foundItems += s.foundItems;
            tp += s.tp;
            fp += s.fp;
            fn += s.fn;
            parsedTargets += s.parsedTargets;
            correctTargets += s.correctTargets;
            goldTargets += s.goldTargets;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %d/%d | %.2f |", document, goldItems,
                    foundItems, itemRecall(), f1(), correctTargets, parsedTargets, targetPrecision());
        }
    }

    @Test
    void parserMeetsTheThresholdsOnTheCorpus() throws IOException {
        Score total = new Score("**all**");
        List<String> rows = new ArrayList<>();
        try (Stream<Path> golds = Files.list(CORPUS.resolve("gold"))) {
            for (Path gold : golds.sorted().toList()) {
                Score s = score(gold);
                rows.add(s.row());
                total.add(s);
            }
        }
        rows.add(total.row());
        System.out.println("| document | gold items | found | item recall | responsibility F1 | targets right/found"
                + " | target precision |\n|---|---|---|---|---|---|---|\n" + String.join("\n", rows));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(13);
        assertThat(total.itemRecall()).as("item recall").isGreaterThanOrEqualTo(MIN_ITEM_RECALL);
        assertThat(total.f1()).as("responsibility F1").isGreaterThanOrEqualTo(MIN_RESPONSIBILITY_F1);
    }

    private Score score(Path goldFile) throws IOException {
        JsonNode gold;
        try (InputStream in = Files.newInputStream(goldFile)) {
            gold = JsonMapper.builder().build().readTree(in);
        }
        String name = gold.get("document").asString();
        Path doc;
        try (Stream<Path> docs = Files.list(CORPUS.resolve("docs"))) {
            doc = docs.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        List<PlanItem> parsed = new ArrayList<>();
        parser.parse(doc).plans().forEach(p -> parsed.addAll(p.items()));
        boolean[] used = new boolean[parsed.size()];
        Score s = new Score(name);
        for (JsonNode g : gold.get("items")) {
            s.goldItems++;
            List<String> lead = names(g.get("lead"));
            List<String> support = names(g.get("support"));
            List<String> quantities = new ArrayList<>();
            g.get("targets").forEach(t -> quantities.add(t.asString()));
            s.goldTargets += quantities.size();
            int match = find(parsed, used, squash(g.get("anchor").asString()));
            if (match < 0) {
                s.fn += lead.size() + support.size();
                continue;
            }
            used[match] = true;
            s.foundItems++;
            PlanItem item = parsed.get(match);
            compare(s, lead, item.lead());
            compare(s, support, item.support());
            for (Target t : item.targets()) {
                s.parsedTargets++;
                for (int q = 0; q < quantities.size(); q++) {
                    if (same(t, quantities.get(q))) {
                        s.correctTargets++;
                        quantities.remove(q);
                        break;
                    }
                }
            }
        }
        return s;
    }

    /**
     * Gold names against the parser's: the same name, the name the directory resolves it to, or the name qualified
     * with the document's own jurisdiction (四川省发展改革委 for the 省发展改革委 of a 四川 document).
     */
    private void compare(Score s, List<String> gold, List<String> found) {
        List<String> left = new ArrayList<>(found.stream().map(PlanCorpusTest::squash).toList());
        for (String g : gold) {
            String resolved = squash(directory.resolve(g).name());
            String written = squash(g);
            String match = left.stream().filter(f -> f.equals(written) || f.equals(resolved)
                    || "省市区县".indexOf(written.charAt(0)) >= 0 && f.length() > written.length()
                    && f.endsWith(written.substring(1))).findFirst().orElse(null);
            if (match != null) {
                left.remove(match);
                s.tp++;
            } else {
                s.fn++;
            }
        }
        s.fp += left.size();
    }

    private static int find(List<PlanItem> parsed, boolean[] used, String anchor) {
        for (int i = 0; i < parsed.size(); i++) {
            PlanItem p = parsed.get(i);
            String whole = squash((p.heading() == null ? "" : p.heading()) + p.text());
            if (!used[i] && whole.contains(anchor)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static boolean same(Target t, String quantity) {
        Matcher m = QUANTITY.matcher(quantity);
        if (!m.matches() || t.value() == null) {
            return false;
        }
        BigDecimal v = new BigDecimal(m.group(1));
        String scale = m.group(2);
        if (scale != null) {
            v = v.multiply(switch (scale) {
                case "万亿" -> new BigDecimal("1000000000000");
                case "亿" -> new BigDecimal("100000000");
                default -> new BigDecimal("10000");
            });
        }
        return t.value().compareTo(v) == 0 && t.unit().equals(m.group(3));
    }

    /** Letters, digits and ideographs only: anchors and names compare without spacing or punctuation. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
