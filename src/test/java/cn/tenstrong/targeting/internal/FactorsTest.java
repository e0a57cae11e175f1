package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.ProductWords;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseListing;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation.Factor;
import cn.tenstrong.targeting.internal.TargetingProperties.Scoring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 产品匹配 by revenue share counts more than a word in the description; 规模 from revenue and employees (capital only
 * without revenue); the sentence says why the firm fits, naming a self-reported honour as such.
 */
class FactorsTest {

    static final ChainWeights W = new ChainWeights("c", 25, 15, 15, 15, 20, 10,
            Map.of(EnterpriseTag.LITTLE_GIANT, 7, EnterpriseTag.LISTED, 6), new BigDecimal("0.6"),
            new BigDecimal("0.32"), Map.of(), ChainWeights.Source.DEFAULT, 0);
    static final Scoring S = new Scoring(new BigDecimal("0.3"), 3, new BigDecimal("1000"), new BigDecimal("1000000"), 10,
            10000, new BigDecimal("0.3"));
    static final List<String> VOCABULARY = List.of("液压件", "液压泵", "液压油缸", "油缸", "液压元件");
    static final ProductWords.Reading READING = ProductWords.loadDefault().reading(VOCABULARY, List.of("液压件"));

    static Enterprise firm(String mainBusiness, BigDecimal revenue, Integer employees, BigDecimal capital,
                           Set<EnterpriseTag> tags, Set<EnterpriseTag> claimed) {
        EnterpriseListing listing = new EnterpriseListing("601100.SH", "上交所", "主板", null);
        return Enterprises.named("江苏测试液压股份有限公司").region("320400", "江苏省常州市").capital(capital)
                .products(mainBusiness).tags(tags).claimed(claimed).revenue(revenue).revenueYear(2024)
                .employees(employees).source(EnterpriseSource.PUBLIC_DATA).listing(listing)
                .sw("640201", "机械设备/通用设备/其他通用设备").build();
    }

    @Test
    void aProductNamingTheSegmentEarnsByItsRevenueShareAndMoreThanADescriptionWord() {
        List<EnterpriseProduct> products = List.of(new EnterpriseProduct("液压油缸", new BigDecimal("0.573"), "CKG21", "2021"),
                new EnterpriseProduct("挖掘机专用油缸", new BigDecimal("0.535"), "CKG21", "2021"),
                new EnterpriseProduct("铸件", new BigDecimal("0.128"), "CKG21", "2021"));
        var matches = Factors.productMatches(products, VOCABULARY, READING);
        assertThat(matches).extracting(Factors.ProductMatch::product).containsExactly("液压油缸", "挖掘机专用油缸");
        assertThat(matches.get(0).word()).isEqualTo("液压油缸");   // the longest word it contains
        Factor full = Factors.product(matches, true, W, S);
        assertThat(full.points()).isEqualByComparingTo("25.0");
        assertThat(full.evidence()).contains("（2021年）").contains("「液压油缸」57.3%").contains("「挖掘机专用油缸」53.5%");
        // 6.4 % of revenue: 6.4 / 30 of the maximum
        Factor side = Factors.product(Factors.productMatches(List.of(
                new EnterpriseProduct("液压元件", new BigDecimal("0.064"), "CKG21", "2021")), VOCABULARY, READING), true, W, S);
        assertThat(side.points()).isEqualByComparingTo("5.3");
        // a product name inside a word is no match: 「液压」 is not 「液压件」
        assertThat(Factors.productMatches(List.of(new EnterpriseProduct("液压", new BigDecimal("0.28"), "CKG21", "2021")),
                VOCABULARY, READING)).isEmpty();
        assertThat(Factors.product(List.of(), false, W, S).evidence()).isEqualTo("无主营产品构成数据");
        assertThat(Factors.product(List.of(), true, W, S).evidence()).isEqualTo("主营产品构成中没有该环节的产品");
        // one word in the description: a third of its (smaller) maximum
        Enterprise e = firm("液压元件及零部件的研发、生产和销售", null, null, null, Set.of(), Set.of());
        List<String> hits = Factors.descriptionHits(e, VOCABULARY, READING);
        assertThat(hits).containsExactly("液压元件");
        assertThat(Factors.description(hits, VOCABULARY.size(), W, S).points()).isEqualByComparingTo("5.0");
        assertThat(side.points()).isGreaterThan(Factors.description(hits, VOCABULARY.size(), W, S).points());
    }

    @Test
    void scaleUsesRevenueAndEmployeesAndCapitalOnlyWithoutRevenue() {
        // 100亿元 and 10,000 staff or more: full
        assertThat(Factors.scale(firm("", new BigDecimal("2000000"), 20000, null, Set.of(), Set.of()), W, S).points())
                .isEqualByComparingTo("20.0");
        // 9.39亿元 (log10(93897/1000)/3 = 0.6576) and 874 staff (log10(87.4)/3 = 0.6472): 20 × (0.7·0.6576 + 0.3·0.6472)
        Factor mid = Factors.scale(firm("", new BigDecimal("93897"), 874, new BigDecimal("50000"), Set.of(), Set.of()), W, S);
        assertThat(mid.points()).isEqualByComparingTo("13.1");
        assertThat(mid.evidence()).isEqualTo("营业收入 9.4亿元（2024年）、员工 874 人");
        // no revenue: registered capital stands in, and says so
        Factor capital = Factors.scale(firm("", null, null, new BigDecimal("93897"), Set.of(), Set.of()), W, S);
        assertThat(capital.points()).isEqualByComparingTo("13.2");
        assertThat(capital.evidence()).isEqualTo("注册资本 9.4亿元（无营业收入数据）");
        // employees alone
        assertThat(Factors.scale(firm("", null, 1000, null, Set.of(), Set.of()), W, S).points()).isEqualByComparingTo("13.3");
        assertThat(Factors.scale(firm("", null, null, null, Set.of(), Set.of()), W, S).evidence())
                .isEqualTo("无营业收入、注册资本或员工数据");
        // below the floor: nothing, never negative
        assertThat(Factors.scale(firm("", new BigDecimal("500"), 5, null, Set.of(), Set.of()), W, S).points())
                .isEqualByComparingTo("0.0");
    }

    @Test
    void theSentenceSaysWhyTheFirmFitsTheWeakLink() {
        Enterprise e = firm("主要产品为挖掘机专用油缸", new BigDecimal("938969"), 7454, null, Set.of(EnterpriseTag.LISTED),
                Set.of(EnterpriseTag.LITTLE_GIANT));
        var matches = Factors.productMatches(List.of(
                new EnterpriseProduct("液压油缸", new BigDecimal("0.573"), "CKG21", "2021")), VOCABULARY, READING);
        FitSentence.Target target = FitSentence.Target.of("液压件", "液压件");
        assertThat(FitSentence.of(e, target, matches, List.of("油缸"), null, false, null)).isEqualTo(
                "主营产品「液压油缸」占营业收入57.3%（2021年），与专班认定短板「液压件」直接对应；2024年营收93.9亿元、员工7,454人；"
                        + "专精特新“小巨人”（自述），上市公司（601100.SH）");
        // a side line does not lead when the main business names the segment
        var side = Factors.productMatches(List.of(new EnterpriseProduct("液压件", new BigDecimal("0.001"), "CKG21", "2021")),
                VOCABULARY, READING);
        assertThat(FitSentence.of(e, FitSentence.Target.of("液压件", null), side, List.of("液压元件"), null, false,
                "向本省链主企业甲供货")).startsWith("主营业务写明「液压元件」，与环节「液压件」相关，其中产品「液压件」占营业收入0.1%（2021年）；")
                .endsWith("；向本省链主企业甲供货");
    }

    @Test
    void aProductNamingTheSegmentWordOnlyAsAQualifierDoesNotMatch() {
        // the head of the name decides: a photoinitiator for photoresist, a photoresist remover are no photoresist
        List<String> photoresist = List.of("光刻胶", "光致抗蚀剂", "光刻胶配套试剂", "显影液");
        ProductWords.Reading reading = ProductWords.loadDefault().reading(photoresist, List.of("光刻胶"));
        assertThat(Factors.productMatches(List.of(
                new EnterpriseProduct("LCD光刻胶光引发剂", new BigDecimal("0.36"), "CKG21", "2021"),
                new EnterpriseProduct("光刻胶去除剂", new BigDecimal("0.10"), "CKG21", "2021")), photoresist, reading)).isEmpty();
        assertThat(Factors.productMatches(List.of(
                new EnterpriseProduct("KrF光刻胶", new BigDecimal("0.20"), "CKG21", "2021")), photoresist, reading))
                .extracting(Factors.ProductMatch::word).containsExactly("光刻胶");
        Enterprise initiators = firm("光刻胶专用化学品,分为光刻胶用光引发剂和光刻胶树脂两大系列", null, null, null, Set.of(), Set.of());
        assertThat(Factors.descriptionHits(initiators, photoresist, reading)).isEmpty();
        // a machine segment keeps its equipment: 金属3D打印设备 is a 3D printer
        List<String> additive = List.of("增材制造", "3D打印机", "金属3D打印");
        assertThat(Factors.productMatches(List.of(new EnterpriseProduct("金属3D打印设备", new BigDecimal("0.40"), "CKG21",
                "2021")), additive, ProductWords.loadDefault().reading(additive, List.of("增材制造装备")))).hasSize(1);
    }
}
