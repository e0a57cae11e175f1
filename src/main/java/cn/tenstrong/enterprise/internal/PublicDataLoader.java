package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.ProductRows;
import cn.tenstrong.chain.ProductWords;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.shared.CsvData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上市公司公开数据: on start (demo or not) the bundled listed companies (enterprise/reference) go through the
 * ordinary enterprise import (same checks, identity rules, placement and audit; all or nothing), then their
 * product breakdowns and the honours they state about themselves (自述). Once per version of the files: their checksum is recorded. Plan-named enterprises stored
 * earlier by name are first given the stock code the seed mapping names, so the import updates them instead of
 * adding the same company twice; stored tags (e.g. 链主) are kept, the data only adds 上市.
 */
@Component
@Order(42)
class PublicDataLoader implements ApplicationRunner {

    static final String DATASET = "listed-companies";
    static final String LISTED = "enterprise/reference/listed-companies.csv";
    static final String PRODUCTS = "enterprise/reference/company-products-2021.csv";
    static final String SOURCES = "enterprise/reference/sources.csv";
    static final String PRODUCT_SOURCE = "CKG21";
    private static final Logger log = LoggerFactory.getLogger(PublicDataLoader.class);

    static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "所在地区", "注册资本（万元）", "成立日期",
            "主营产品", "标签", "营业收入（万元）", "员工数", "股票代码", "交易所", "上市板块", "上市日期", "申万行业代码",
            "申万行业", "营收年度", "来源说明");

    private final EnterpriseService service;
    private final EnterpriseRows rows;
    private final ProductRows products;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EnterpriseDataProperties properties;
    private final PublicHonours honours;

    PublicDataLoader(EnterpriseService service, EnterpriseRows rows, ProductRows products, JdbcClient jdbc,
                     AuditTrail audit, EnterpriseDataProperties properties, PublicHonours honours) {
        this.honours = honours;
        this.service = service;
        this.rows = rows;
        this.products = products;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.publicData()) {
            return;
        }
        // the placement rules are part of the version: when they change, the listed companies are placed again
        String checksum = checksum(LISTED) + ":" + checksum(PRODUCTS) + ":" + checksum(PublicHonours.HONOURS) + ":"
                + checksum(PublicHonours.TAGS) + ":" + checksum(IndustryGate.RESOURCE) + ":" + checksum(IndustryGate.MASKS)
                + ":" + checksum(IndustryGate.SEGMENTS) + ":" + checksum(IndustryGate.SEGMENT_GATES) + ":"
                + checksum(SegmentMatcher.INPUT_QUALIFIERS) + ":" + checksum(ProductWords.HEADS) + ":"
                + checksum(ProductWords.MARKET_CLAUSES);
        boolean loaded = jdbc.sql("select exists (select 1 from enterprise_reference_load where dataset = :d and checksum = :c)")
                .param("d", DATASET).param("c", checksum).query(Boolean.class).single();
        if (loaded) {
            return;
        }
        long start = System.nanoTime();
        List<Map<String, String>> listed = CsvData.readClasspath(LISTED);
        linkPlanNamed();
        ImportResult result = load(listed);
        int productRows = loadProducts();
        // placed again now that the products with their revenue shares are stored (the import placed on texts only)
        List<Long> ids = jdbc.sql("select id from enterprise where stock_code is not null").query(Long.class).list();
        int placed = service.placeAgain(ids);
        int honourRows = honours.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        jdbc.sql("""
                insert into enterprise_reference_load (dataset, checksum, rows, millis) values (:d, :c, :r, :m)
                on conflict (dataset) do update set checksum = excluded.checksum, rows = excluded.rows,
                    millis = excluded.millis, loaded_at = now()
                """).param("d", DATASET).param("c", checksum).param("r", result.rows()).param("m", millis).update();
        log.info("Public data: {} listed companies ({} new, {} updated), {} product rows, {} automatic placements, {} "
                + "self-reported honours, in {} ms", result.rows(), result.created(), result.updated(), productRows, placed,
                honourRows, millis);
    }

    ImportResult load(List<Map<String, String>> listed) {
        Map<String, Set<EnterpriseTag>> kept = new HashMap<>();
        jdbc.sql("select stock_code, tags from enterprise where stock_code is not null and tags <> ''")
                .query((java.sql.ResultSet rs) -> {
                    kept.put(rs.getString(1), EnterpriseRows.tags(rs.getString(2)));
                });
        Provenance provenance = new Provenance(CsvData.readClasspath(SOURCES));
        List<List<String>> cells = new ArrayList<>(listed.size());
        for (Map<String, String> r : listed) {
            cells.add(row(r, kept.getOrDefault(r.get("stock_code"), Set.of()), provenance));
        }
        return service.importRows(HEADER, cells, EnterpriseSource.PUBLIC_DATA, "上市公司公开数据（" + LISTED + "）");
    }

    static List<String> row(Map<String, String> r, Set<EnterpriseTag> kept, Provenance provenance) {
        List<String> tags = new ArrayList<>();
        tags.add(EnterpriseTag.LISTED.label());
        kept.stream().filter(t -> t != EnterpriseTag.LISTED).sorted().forEach(t -> tags.add(t.label()));
        String name = r.get("name").isEmpty() ? r.get("short_name") : r.get("name");
        return List.of(r.get("uscc"), name, region(r), r.get("registered_capital_wan"), r.get("setup_date"),
                r.get("main_business"), String.join("、", tags), r.get("revenue_wan"), r.get("employees"),
                r.get("stock_code"), r.get("exchange"), r.get("board"), r.get("list_date"), r.get("industry_sw2021_code"),
                r.get("industry_sw2021"), r.get("revenue_wan").isEmpty() ? "" : r.get("revenue_year"),
                provenance.describe(r));
    }

    /**
     * 所在地区 as a full name: province, city (not repeated for 北京/上海/天津/重庆), county where the data has one;
     * a company with only a province (a few new listings, Hong Kong registrations) is placed at the province.
     */
    static String region(Map<String, String> r) {
        String province = r.get("province");
        String city = r.get("city");
        String county = r.get("county");
        StringBuilder b = new StringBuilder(province);
        if (!city.isEmpty() && !city.equals(province)) {
            b.append(city);
        }
        if (!city.isEmpty() && !county.isEmpty() && !county.equals(city)) {
            b.append(county);
        }
        return b.toString();
    }

    /**
     * Plan-named enterprises (stored by name, no USCC, no stock code) that the seed mapping ties to a listed company
     * not yet stored get its stock code, so that the import that follows updates them (audited as a link).
     */
    void linkPlanNamed() {
        List<Map<String, Object>> named = jdbc.sql("""
                select id, name from enterprise where source = 'SEED_PLAN' and uscc is null and stock_code is null
                """).query().listOfRows();
        if (named.isEmpty()) {
            return;
        }
        SeedLinks links = SeedLinks.load();
        for (Map<String, Object> n : named) {
            String name = (String) n.get("name");
            long id = ((Number) n.get("id")).longValue();
            links.stockCode(name).filter(stock -> rows.idByStockCode(stock).isEmpty()).ifPresent(stock -> {
                jdbc.sql("update enterprise set stock_code = :s, version = version + 1, updated_at = now() where id = :id")
                        .param("s", stock).param("id", id).update();
                audit.record("LINK", "enterprise.enterprise", Long.toString(id), Map.of("name", name),
                        Map.of("name", name, "stockCode", stock, "basis", SeedLinks.SEED));
            });
        }
    }

    int loadProducts() {
        List<Map<String, String>> lines = CsvData.readClasspath(PRODUCTS);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select stock_code, id from enterprise where stock_code is not null").query((java.sql.ResultSet rs) -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        List<ProductRows.NewProduct> out = new ArrayList<>(lines.size());
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (Map<String, String> l : lines) {
            Long id = ids.get(l.get("stock_code"));
            if (id == null || l.get("product").isEmpty()) {
                continue;
            }
            seen.put(id, true);
            out.add(new ProductRows.NewProduct(id, l.get("product"),
                    l.get("weight").isEmpty() ? null : new BigDecimal(l.get("weight")), PRODUCT_SOURCE));
        }
        return products.replace(new ArrayList<>(seen.keySet()), PRODUCT_SOURCE, out);
    }

    private static String checksum(String resource) {
        try (InputStream in = PublicDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少数据文件: " + resource);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 来源说明 of a row: which source gave the name, the region and the USCC, and the vintage of each value. */
    record Provenance(Map<String, String[]> sources) {

        Provenance(List<Map<String, String>> rows) {
            this(index(rows));
        }

        private static Map<String, String[]> index(List<Map<String, String>> rows) {
            Map<String, String[]> m = new LinkedHashMap<>();
            rows.forEach(r -> m.put(r.get("key"), new String[] {r.get("label"), r.get("vintage")}));
            return m;
        }

        String describe(Map<String, String> r) {
            List<String> parts = new ArrayList<>();
            parts.add("上市公司公开数据（" + label("TSB26") + "）");
            parts.add(r.get("name").isEmpty() ? "名称：来源无全称，暂以简称登记" : "名称：" + label(r.get("name_source")));
            parts.add("地区：" + label(r.get("geo_source")) + ("ADDR".equals(r.get("county_method"))
                    ? "，区县" + label("ADDR") : ""));
            if (!r.get("uscc").isEmpty()) {
                parts.add("统一社会信用代码：" + label(r.get("uscc_source")));
            }
            parts.add("行业：" + label("SW26"));
            parts.add("主营业务、员工、注册资本：" + label("TSC26"));
            if (!r.get("revenue_wan").isEmpty()) {
                parts.add("营业收入：" + label("FIN"));
            }
            if (!r.get("setup_date").isEmpty()) {
                parts.add("成立日期：" + label("TSC24"));
            }
            if (!r.get("main_products_2021").isEmpty()) {
                parts.add("产品构成：" + label("CKG21"));
            }
            parts.add("来源键：" + r.get("source"));
            return String.join("；", parts);
        }

        private String label(String key) {
            String[] s = sources.get(key);
            return s == null ? key : key + " " + s[0] + "，" + s[1];
        }
    }
}
