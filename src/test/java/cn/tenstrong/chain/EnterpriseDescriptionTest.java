package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** 行业代码的门类字母: dropped as the regex {@code ^[A-Ta-t]} the character test replaced dropped it. */
class EnterpriseDescriptionTest {

    @Test
    void theSectionLetterIsDroppedAsTheRegexDroppedIt() {
        assertThat(new EnterpriseDescription("", "", " C3985 ").industryCode()).isEqualTo("3985");
        assertThat(new EnterpriseDescription("", "", "c3985").industryCode()).isEqualTo("3985");
        assertThat(new EnterpriseDescription("", "", "U9999").industryCode()).isEqualTo("U9999");
        assertThat(new EnterpriseDescription("", "", null).industryCode()).isEmpty();
        String alphabet = "ACTUZactuz039 Ｃ";
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = s.toString().trim();
            assertThat(EnterpriseDescription.withoutSection(code)).as(code).isEqualTo(code.replaceFirst("^[A-Ta-t]", ""));
        }
    }
}
