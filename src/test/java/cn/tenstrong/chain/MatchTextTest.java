package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * 匹配文本规范化的单遍扫描: excluded activities are dropped exactly as the regex the scan replaced (kept here as the
 * reference) dropped them, on every bundled listed-company and product text and on random bracket-rich strings.
 */
class MatchTextTest {

    private static final Pattern FORMER_EXCLUSION = Pattern.compile(
            "[（(][^（()）]*?(不含|除外|不得|禁止|除许可|除依法)[^（()）]*?[）)]");

    private static String former(String s) {
        return s.isEmpty() ? s : MatchText.normalise(FORMER_EXCLUSION.matcher(s).replaceAll(" "));
    }

    @Test
    void excludedActivitiesBecomeOneSpace() {
        assertThat(MatchText.normaliseText("光刻胶销售（不含危险化学品）；技术服务(除许可业务外)"))
                .isEqualTo("光刻胶销售 ;技术服务 ");
        assertThat(MatchText.normaliseText("（含许可）电机（不含(电池)）")).as("an inner opener: no exclusion reaches over it")
                .isEqualTo("(含许可)电机(不含(电池))");
        assertThat(MatchText.normaliseText("销售（不含")).isEqualTo("销售(不含");
        assertThat(MatchText.normaliseText("ｐｖｃ（ｐｅ）")).isEqualTo("PVC(PE)");
    }

    @Test
    void everyBundledTextReadsAsTheRegexReadIt() {
        List<String> texts = BundledTexts.all();
        int excluded = 0;
        for (String text : texts) {
            String expected = former(text);
            assertThat(MatchText.normaliseText(text)).as(text).isEqualTo(expected);
            excluded += FORMER_EXCLUSION.matcher(text).find() ? 1 : 0;
        }
        assertThat(texts).hasSizeGreaterThan(45_000);
        // the bundled business scopes are mostly empty: the random strings below carry the weight
        assertThat(excluded).as("the texts have exclusions to compare").isGreaterThanOrEqualTo(20);
    }

    @Test
    void randomBracketRichStringsReadAsTheRegexReadThem() {
        // brackets, the exclusion words, their pieces and a few others, so that brackets nest, close early or never
        List<String> pieces = List.of("（", "(", ")", "）", "（", "(", ")", "）", "不含", "除外", "不得", "禁止", "除许可",
                "除依法", "不", "含", "除", "外", "许可", "依法", "禁", "a", "Ｂ", " ", "\u3000", "，", "电机");
        SplittableRandom random = new SplittableRandom(11);
        int excluded = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = s.toString();
            assertThat(MatchText.normaliseText(text)).as(text).isEqualTo(former(text));
            excluded += FORMER_EXCLUSION.matcher(text).find() ? 1 : 0;
        }
        assertThat(excluded).as("random strings with exclusions").isGreaterThan(10_000);
    }
}
