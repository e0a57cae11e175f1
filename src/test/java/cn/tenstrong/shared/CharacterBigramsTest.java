package cn.tenstrong.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The two bigram measures: where they agree and where (repeats, one character, empty texts) they differ. */
class CharacterBigramsTest {

    @Test
    void withoutRepeatedBigramsBothMeasuresAreTheDiceCoefficient() {
        // {年产, 产万, 万吨, 吨电, 电池} and {年产, 产万, 万吨, 吨正, 正极}: 3 shared of 5 + 5
        assertThat(CharacterBigrams.ofDistinct("年产万吨电池", "年产万吨正极")).isCloseTo(0.6, within(1e-9));
        assertThat(CharacterBigrams.ofCounted("年产万吨电池", "年产万吨正极")).isCloseTo(0.6, within(1e-9));
        assertThat(CharacterBigrams.ofDistinct("甲乙", "丙丁")).isZero();
        assertThat(CharacterBigrams.ofCounted("甲乙", "丙丁")).isZero();
        assertThat(CharacterBigrams.ofCounted("电池", "电池")).isEqualTo(1.0);
    }

    @Test
    void repeatedBigramsCountOnceOrAsOftenAsTheyOccur() {
        // distinct: {山东, 东山} and {山东} → 2·1 / 3; counted: {山东×2, 东山} and {山东} → 2·1 / 4
        assertThat(CharacterBigrams.ofDistinct("山东山东", "山东")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(CharacterBigrams.ofCounted("山东山东", "山东")).isCloseTo(0.5, within(1e-9));
        // counted: {推进×2, 进改, 改革, 革推} and {推进, 进改, 改革} → 2·3 / 8
        assertThat(CharacterBigrams.ofCounted("推进改革推进", "推进改革")).isCloseTo(0.75, within(1e-9));
        assertThat(CharacterBigrams.ofDistinct("推进改革推进", "推进改革")).isCloseTo(6.0 / 7, within(1e-9));
    }

    @Test
    void aLoneCharacterCountsOnlyWhenCounted() {
        assertThat(CharacterBigrams.ofDistinct("电", "电池")).isZero();
        // counted: {电} and {电池}: nothing shared, but 电 alone is compared with 电 alone
        assertThat(CharacterBigrams.ofCounted("电", "电池")).isZero();
        assertThat(CharacterBigrams.ofCounted("电", "电")).isEqualTo(1.0);
    }

    @Test
    void equalTextsAreOneWhenDistinctAndEmptyTextsNothingWhenCounted() {
        assertThat(CharacterBigrams.ofDistinct("", "")).isEqualTo(1.0);
        assertThat(CharacterBigrams.ofDistinct("电", "电")).isEqualTo(1.0);
        assertThat(CharacterBigrams.ofCounted("", "")).isZero();
        assertThat(CharacterBigrams.ofDistinct("", "电池")).isZero();
    }

    @Test
    void aCountedTextComparesWithManyAsWithOne() {
        CharacterBigrams.Counted text = CharacterBigrams.counted("培育营业收入过百亿元企业");
        assertThat(text.dice(CharacterBigrams.counted("培育营业收入过百亿元企业5家")))
                .isEqualTo(CharacterBigrams.ofCounted("培育营业收入过百亿元企业", "培育营业收入过百亿元企业5家"));
        // a character outside the basic plane is one character: 𠀀𠀀 has one bigram, not three
        assertThat(CharacterBigrams.ofCounted("𠀀𠀀", "𠀀𠀀")).isEqualTo(1.0);
        assertThat(CharacterBigrams.counted("𠀀𠀀").grams()).containsOnlyKeys("𠀀𠀀");
    }
}
