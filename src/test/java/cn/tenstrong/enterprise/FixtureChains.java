package cn.tenstrong.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 测试产业链: a small chain written straight into the chain module's tables, for tests whose figures must not depend on
 * the catalog's chains (call {@code ChainDirectory.refresh()} afterwards). Each segment is {code, name, stage, depth,
 * parent code or null}; its keyword is {@code keywordPrefix + code}, unique to the test.
 */
final class FixtureChains {

    private FixtureChains() {
    }

    static void create(JdbcClient jdbc, String code, String name, int sortOrder, String keywordPrefix,
                       String[][] segments) {
        jdbc.sql("""
                insert into chain_chain (code, name, industry_code, industry_name, basis, gap_quotient, sort_order)
                values (:c, :name, '01', '新一代信息技术', 'DERIVED_FROM_SEED', 0.5, :o)
                """).param("c", code).param("name", name).param("o", sortOrder).update();
        int order = 0;
        for (String[] s : segments) {
            jdbc.sql("""
                    insert into chain_segment (chain_code, code, name, stage, depth, parent_code, sort_order, keywords, gbt_codes)
                    values (:c, :code, :name, :stage, :depth, :parent, :o, :kw, '3985')
                    """).param("c", code).param("code", s[0]).param("name", s[1]).param("stage", s[2])
                    .param("depth", Integer.parseInt(s[3])).param("parent", s[4]).param("o", order++)
                    .param("kw", keywordPrefix + s[0]).update();
        }
    }
}
