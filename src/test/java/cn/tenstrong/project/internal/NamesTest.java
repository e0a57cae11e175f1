package cn.tenstrong.project.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The normalised names and the similarity that duplicate detection compares. */
class NamesTest {

    @Test
    void aProjectNameLosesWidthCasePunctuationSpacesAndATrailing项目() {
        assertThat(Names.project("ＡＢＣ 新材料（二期）项目")).isEqualTo("abc新材料二期");
        assertThat(Names.project("年产10万吨·电池-项目")).isEqualTo("年产10万吨电池");
        assertThat(Names.project("项目")).isEqualTo("项目");
        assertThat(Names.project(null)).isEmpty();
    }

    @Test
    void anEnterpriseNameLosesItsLegalForm() {
        assertThat(Names.enterprise("山东 某某新材料股份有限公司")).isEqualTo("山东某某新材料");
        assertThat(Names.enterprise("某某集团有限公司")).isEqualTo("某某");
        assertThat(Names.enterprise("某某有限责任公司")).isEqualTo("某某");
        assertThat(Names.enterprise(null)).isEmpty();
    }

    @Test
    void similarityIsTheDiceCoefficientOfTheDistinctCharacterBigrams() {
        assertThat(Names.similarity("年产万吨电池", "年产万吨电池")).isEqualTo(1.0);
        // {年产, 产万, 万吨, 吨电, 电池} and {年产, 产万, 万吨, 吨正, 正极}: 3 shared of 5 + 5
        assertThat(Names.similarity("年产万吨电池", "年产万吨正极")).isCloseTo(0.6, within(1e-9));
        // repeated bigrams count once: {山东, 东山} and {山东}
        assertThat(Names.similarity("山东山东", "山东")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Names.similarity("电", "电池")).isZero();
        assertThat(Names.similarity("", "")).isEqualTo(1.0);
        assertThat(Names.similarity("甲乙", "丙丁")).isZero();
    }
}
