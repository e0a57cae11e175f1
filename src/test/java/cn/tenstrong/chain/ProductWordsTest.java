package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

/**
 * 产品词读法的快速路径: the market-clause marks and the generic-tail stripping, which placing a large library runs on
 * every text, read exactly as the plain full scans they replaced (kept here as the reference) on every text of the
 * bundled listed companies and on generated ones.
 */
class ProductWordsTest {

    private static final ProductWords WORDS = ProductWords.loadDefault();

    @Test
    void genericTailsAreStrippedAsTheirPatternStrips() {
        Pattern former = Pattern.compile("(产品|系列|业务|类|[一二两三四五六七八九十多几数]大)+$");
        assertThat(ProductWords.stripGenericTails("光刻胶树脂两大系列")).isEqualTo("光刻胶树脂");
        assertThat(ProductWords.stripGenericTails("液压件产品")).isEqualTo("液压件");
        assertThat(ProductWords.stripGenericTails("电机产品类")).isEqualTo("电机");
        assertThat(ProductWords.stripGenericTails("产品类")).as("nothing but tails: kept").isEqualTo("产品类");
        assertThat(ProductWords.stripGenericTails("汽车大")).isEqualTo("汽车大");
        assertThat(ProductWords.stripGenericTails("")).isEmpty();
        String alphabet = "产品系列业务类大两三十数多车电机";
        SplittableRandom random = new SplittableRandom(7);
        int differing = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = former.matcher(s).replaceFirst("");
            String expected = stripped.isEmpty() ? s.toString() : stripped;
            if (!expected.equals(ProductWords.stripGenericTails(s.toString()))) {
                differing++;
            }
        }
        assertThat(differing).isZero();
    }

    @Test
    void marketClausesMarkWhatTheFullScanMarks() {
        List<String> texts = new ArrayList<>(BundledTexts.all().stream().map(MatchText::normaliseText).toList());
        texts.add("主要产品为A,为B提供C");
        texts.add("用于A领域的B设备的研发");
        texts.add("主营业务为汽车电子芯片的设计，产品应用于汽车、工业控制等领域，为客户提供解决方案。");
        FullScan former = FullScan.of(CsvData.readClasspath(ProductWords.MARKET_CLAUSES));
        int marked = 0;
        for (String text : texts) {
            boolean[] expected = former.marketClauses(text);
            assertThat(WORDS.marketClauses(text)).as(text).isEqualTo(expected);
            for (boolean b : expected) {
                marked += b ? 1 : 0;
            }
        }
        assertThat(texts).hasSizeGreaterThan(45_000);
        assertThat(marked).as("the texts have market clauses to compare").isGreaterThan(1_000);
    }

    /** The former reading: every closer of every clause at every character, then the nearest opener before it. */
    private record FullScan(List<Clause> clauses) {

        private record Clause(String opener, List<String> closers, String notAfter) {
        }

        static FullScan of(List<Map<String, String>> rows) {
            return new FullScan(rows.stream().map(r -> new Clause(MatchText.normalise(r.get("opener").strip()), split(r.get("closers")),
                    String.join("", split(r.get("not_after"))))).filter(c -> !c.opener().isEmpty()).toList());
        }

        private static List<String> split(String cell) {
            return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|")).stream()
                    .map(w -> MatchText.normalise(w.strip())).filter(w -> !w.isEmpty()).toList();
        }

        boolean[] marketClauses(String text) {
            boolean[] inside = new boolean[text.length()];
            for (Clause c : clauses) {
                for (int at = 0; at < text.length(); at++) {
                    if (closerAt(text, c, at) == 0) {
                        continue;
                    }
                    int open = openerBefore(text, c, at);
                    for (int i = open; i >= 0 && i < at; i++) {
                        inside[i] = true;
                    }
                }
            }
            return inside;
        }

        private static int openerBefore(String text, Clause clause, int closer) {
            int from = Math.max(0, closer - ProductWords.MAX_CLAUSE);
            for (int i = closer - 1; i >= from; i--) {
                if (";。.\n".indexOf(text.charAt(i)) >= 0) {
                    return -1;
                }
                if (text.startsWith(clause.opener(), i) && i + clause.opener().length() <= closer
                        && (i == 0 || clause.notAfter().indexOf(text.charAt(i - 1)) < 0)) {
                    return i + clause.opener().length();
                }
                int closed = closerAt(text, clause, i);
                if (closed > 0 && i + closed <= closer) {
                    return -1;
                }
            }
            return -1;
        }

        private static int closerAt(String text, Clause clause, int at) {
            for (String closer : clause.closers()) {
                if (text.startsWith(closer, at)) {
                    return closer.length();
                }
            }
            return 0;
        }
    }
}
