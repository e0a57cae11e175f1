package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.EnterpriseDescription.IndustrySegment;
import cn.tenstrong.chain.EnterpriseDescription.ProductLine;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 挂链匹配的等价性: the allocation-light matcher returns exactly what the former one ({@link FormerSegmentMatcher})
 * returned — the same leaves in the same order, with the same confidence, score, matched terms in the same order, GB/T
 * match and industry label — for every bundled listed company read as the placement reads it (主营业务 masked, product
 * lines of at least a tenth of revenue, the leaves its SW industry names), the same with its 经营范围 and 2021 products,
 * and for 20,000 synthetic enterprises, a third of them with product lines and SW leaves added.
 */
class SegmentMatcherEquivalenceTest {

    private static final BigDecimal MIN_PRODUCT_SHARE = new BigDecimal("0.10");

    private static SegmentMatcher matcher;
    private static FormerSegmentMatcher former;
    private static Map<String, String> masks;
    private static List<Map<String, String>> swSegments;

    @BeforeAll
    static void compile() {
        ChainCatalog catalog = ChainCatalog.loadDefault();
        matcher = SegmentMatcher.of(catalog);
        former = new FormerSegmentMatcher(catalog, ProductWords.loadDefault());
        masks = new LinkedHashMap<>();
        CsvData.readClasspath("enterprise/reference/placement-masks.csv")
                .forEach(r -> masks.put(r.get("phrase"), r.get("replacement")));
        swSegments = CsvData.readClasspath("enterprise/reference/sw-segments.csv");
    }

    @Test
    void listedCompaniesAreMatchedAsBefore() {
        Map<String, List<Map<String, String>>> products = new LinkedHashMap<>();
        CsvData.readClasspath("enterprise/reference/company-products-2021.csv")
                .forEach(p -> products.computeIfAbsent(p.get("stock_code"), k -> new ArrayList<>()).add(p));
        int compared = 0;
        int matched = 0;
        for (Map<String, String> c : CsvData.readClasspath("enterprise/reference/listed-companies.csv")) {
            List<ProductLine> lines = products.getOrDefault(c.get("stock_code"), List.of()).stream()
                    .filter(p -> new BigDecimal(p.get("weight")).compareTo(MIN_PRODUCT_SHARE) >= 0)
                    .sorted(Comparator.comparing((Map<String, String> p) -> new BigDecimal(p.get("weight"))).reversed())
                    .map(p -> new ProductLine(mask(p.get("product")), new BigDecimal(p.get("weight")).doubleValue()))
                    .toList();
            List<IndustrySegment> industry = industrySegments(c.get("industry_sw2021"));
            matched += assertSame(new EnterpriseDescription("", mask(c.get("main_business")), null, lines, industry));
            matched += assertSame(new EnterpriseDescription(mask(c.get("business_scope")),
                    mask(c.get("main_products_2021")), null, List.of(), industry));
            compared += 2;
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(matched).as("descriptions with candidates").isGreaterThan(2_000);
    }

    @Test
    void syntheticEnterprisesAreMatchedAsBefore() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(20261203);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            SyntheticEnterprise e = generator.enterprise(i);
            List<ProductLine> lines = List.of();
            List<IndustrySegment> industry = List.of();
            if (i % 3 == 1) {
                // its products as lines of half and a fifth of revenue, and the leaves of some SW industry
                String[] named = e.mainProducts().split("、");
                lines = List.of(new ProductLine(named[0], 0.5), new ProductLine(named[named.length - 1], 0.2));
                industry = industrySegments(swSegments.get(i % swSegments.size()).get("sw_industry"));
            }
            matched += assertSame(new EnterpriseDescription(mask(e.businessScope()), mask(e.mainProducts()),
                    e.industryCode(), lines, industry));
        }
        assertThat(matched).as("descriptions with candidates").isGreaterThan(15_000);
    }

    private static int assertSame(EnterpriseDescription d) {
        List<SegmentMatch> expected = former.match(d, Integer.MAX_VALUE);
        assertThat(matcher.match(d, Integer.MAX_VALUE)).as("%s", d).isEqualTo(expected);
        assertThat(matcher.match(d, 8)).as("%s", d).isEqualTo(former.match(d, 8));
        return expected.isEmpty() ? 0 : 1;
    }

    /** As the industry gate masks a text: each phrase in file order, on what the ones before left. */
    private static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String out = text;
        for (Map.Entry<String, String> m : masks.entrySet()) {
            out = out.replace(m.getKey(), m.getValue());
        }
        return out;
    }

    /** As the industry gate reads sw-segments.csv: the rows of the industry or of a level above it, in file order. */
    private static List<IndustrySegment> industrySegments(String sw) {
        List<IndustrySegment> out = new ArrayList<>();
        if (sw == null || sw.isBlank()) {
            return out;
        }
        for (Map<String, String> r : swSegments) {
            String prefix = r.get("sw_industry");
            if (sw.equals(prefix) || sw.startsWith(prefix + "/")) {
                String label = "申万行业" + prefix.substring(prefix.lastIndexOf('/') + 1);
                for (String leaf : r.get("segments").split("\\s+")) {
                    out.add(new IndustrySegment(leaf, "对应".equals(r.get("kind")), label));
                }
            }
        }
        return out;
    }
}
