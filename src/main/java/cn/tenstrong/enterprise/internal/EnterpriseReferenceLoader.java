package cn.tenstrong.enterprise.internal;

import java.util.List;
import java.util.Map;

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
 * Loads the reference tables imports are checked against: GB/T 4754-2017 (all levels) and the provinces, cities
 * and counties outside Shandong that imports may name. Idempotent.
 */
@Component
@Order(41)
class EnterpriseReferenceLoader implements ApplicationRunner {

    static final String GBT = "chain/gbt4754-2017-industry-classification.csv";
    /** Every province, city and county outside Shandong (GB/T 2260, NBS lists; see enterprise/reference/README.md). */
    static final String REGIONS = "enterprise/reference/cn-regions.csv";
    private static final Logger log = LoggerFactory.getLogger(EnterpriseReferenceLoader.class);

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    EnterpriseReferenceLoader(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Map<String, String>> classes = CsvData.readClasspath(GBT);
        long present = jdbc.sql("select count(*) from enterprise_industry_class").query(Long.class).single();
        if (present < classes.size()) {
            for (Map<String, String> c : classes) {
                jdbc.sql("""
                        insert into enterprise_industry_class (code, name, level, level_name, parent_code, section)
                        values (:code, :name, :level, :levelName, :parent, :section) on conflict (code) do nothing
                        """).param("code", c.get("code")).param("name", c.get("name"))
                        .param("level", Integer.parseInt(c.get("level"))).param("levelName", c.get("level_name"))
                        .param("parent", c.get("parent_code").isEmpty() ? null : c.get("parent_code"))
                        .param("section", c.get("section")).update();
            }
        }
        List<Map<String, String>> regions = CsvData.readClasspath(REGIONS);
        long regionRows = jdbc.sql("select count(*) from enterprise_other_region where level <> 'city' or city <> ''")
                .query(Long.class).single();
        if (regionRows < regions.size()) {
            for (Map<String, String> r : regions) {
                jdbc.sql("""
                        insert into enterprise_other_region (code, name, province, city, level)
                        values (:c, :n, :p, :city, :level)
                        on conflict (code) do update set name = excluded.name, province = excluded.province,
                            city = excluded.city, level = excluded.level
                        """).param("c", r.get("code")).param("n", r.get("name")).param("p", r.get("province"))
                        .param("city", r.get("city")).param("level", r.get("level")).update();
            }
        }
        reference.reset();
        log.info("Enterprise reference data: {} GB/T 4754-2017 codes", classes.size());
    }
}
