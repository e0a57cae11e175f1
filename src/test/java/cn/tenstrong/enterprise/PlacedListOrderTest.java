package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.tenstrong.enterprise.Workbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂链企业的列表顺序: the lists read the placement's copies of the enterprise's revenue, location and synthetic mark in
 * index order (migration V2026120354_01). On a hand-built chain with ties, nulls, rejected rows, both locations, both
 * kinds of data and tags, every list equals what the former query — sorting the enterprises themselves — returned, and
 * the copies follow the enterprise.
 */
class PlacedListOrderTest extends IntegrationTest {

    /** The former query: every placement of the segments joined to its enterprise, sorted, then cut. */
    private static final String FORMER = """
            select p.enterprise_id, p.segment_code from enterprise e
            join enterprise_placement p on p.enterprise_id = e.id
            where p.chain_code = :c and p.segment_code = any(:codes) and p.status <> 'REJECTED'
              and p.role = any(:roles) and (:anyLocal or e.local = :local) and (:synthetic or not e.synthetic)
              and (cardinality(:tags::text[]) = 0 or string_to_array(e.tags, '|') && :tags::text[])
            order by case p.role when 'LEADER' then 0 when 'BACKBONE' then 1 else 2 end,
                     e.revenue desc nulls last, e.name
            limit :limit
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChainDirectory chains;
    @Autowired
    ChainMaps maps;

    @Test
    void everyListEqualsTheFormerSortOfTheEnterprises() {
        String chain = "test-list-order";
        fixtureChain(chain);
        Random random = new Random(20261203);
        String[] roles = {"LEADER", "BACKBONE", "SUPPORTING", "SUPPORTING"};
        BigDecimal[] revenues = {null, new BigDecimal("500"), new BigDecimal("500"), new BigDecimal("12000.5"),
                new BigDecimal("80"), BigDecimal.ZERO};
        for (int i = 0; i < 90; i++) {
            boolean local = random.nextBoolean();
            long id = enterprise(String.format("列表顺序测试%02d企业有限公司", (i * 37) % 90), local ? "370102" : "320500",
                    revenues[random.nextInt(revenues.length)], random.nextInt(4) == 0,
                    random.nextInt(3) == 0 ? "SPECIALISED" : random.nextInt(3) == 0 ? "HIGH_TECH|LISTED" : "", i);
            jdbc.sql("""
                    insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status)
                    values (:e, :c, :s, :role, 'MANUAL', :status)
                    """).param("e", id).param("c", chain).param("s", random.nextBoolean() ? "x" : "y")
                    .param("role", roles[random.nextInt(roles.length)])
                    .param("status", random.nextInt(10) == 0 ? "REJECTED" : "CONFIRMED").update();
        }

        int compared = 0;
        for (String segment : Arrays.asList(null, "p", "x")) {
            for (Boolean local : Arrays.asList(null, true, false)) {
                for (Set<PlacementRole> roleSet : List.<Set<PlacementRole>>of(Set.of(), EnumSet.of(PlacementRole.LEADER),
                        EnumSet.of(PlacementRole.BACKBONE, PlacementRole.SUPPORTING))) {
                    for (Set<EnterpriseTag> tags : List.<Set<EnterpriseTag>>of(Set.of(),
                            EnumSet.of(EnterpriseTag.SPECIALISED, EnterpriseTag.LISTED))) {
                        for (boolean synthetic : new boolean[]{true, false}) {
                            for (int limit : new int[]{3, 11, 1000}) {
                                assertThat(listed(maps.placed(chain, segment, local, roleSet, tags, synthetic, limit)))
                                        .as("%s %s %s %s %s %d", segment, local, roleSet, tags, synthetic, limit)
                                        .isEqualTo(former(chain, segment, local, roleSet, tags, synthetic, limit));
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(324);
        assertThat(maps.placed(chain, null, null, Set.of(), Set.of(), true, 1000))
                .as("the fixture is large enough to cut through ties").hasSizeGreaterThan(60);
    }

    @Test
    void thePlacementsCopiesFollowTheEnterprise() {
        String chain = "test-list-order-copies";
        fixtureChain(chain);
        long small = enterprise("列表跟随测试甲有限公司", "370102", new BigDecimal("10"), false, "", 200);
        long large = enterprise("列表跟随测试乙有限公司", "370102", new BigDecimal("20"), false, "", 201);
        for (long id : new long[]{small, large}) {
            jdbc.sql("""
                    insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status)
                    values (:e, :c, 'x', 'SUPPORTING', 'MANUAL', 'CONFIRMED')
                    """).param("e", id).param("c", chain).update();
        }
        assertThat(ids(maps.placed(chain, "x", null, Set.of(), Set.of(), false, 10))).containsExactly(large, small);

        jdbc.sql("update enterprise set revenue = 30, local = false where id = :id").param("id", small).update();
        assertThat(ids(maps.placed(chain, "x", null, Set.of(), Set.of(), false, 10))).containsExactly(small, large);
        assertThat(ids(maps.placed(chain, "x", true, Set.of(), Set.of(), false, 10))).containsExactly(large);
        assertThat(jdbc.sql("select version from enterprise_placement where enterprise_id = :id").param("id", small)
                .query(Integer.class).single()).as("a copied value is not a decision: the version stays").isZero();

        jdbc.sql("update enterprise set synthetic = true where id = :id").param("id", large).update();
        assertThat(ids(maps.placed(chain, "x", null, Set.of(), Set.of(), false, 10))).containsExactly(small);
        assertThat(ids(maps.placed(chain, "x", null, Set.of(), Set.of(), true, 10))).containsExactly(small, large);

        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where p.enterprise_revenue is distinct from e.revenue or p.enterprise_local <> e.local
                   or p.enterprise_synthetic <> e.synthetic
                """).query(Long.class).single()).as("no placement anywhere differs from its enterprise").isZero();
    }

    private void fixtureChain(String chain) {
        FixtureChains.create(jdbc, chain, "测试列表链" + chain.length(), 998, "列表测试专用词" + chain,
                new String[][]{{"p", "上游", "UPSTREAM", "0", null}, {"x", "甲环节", "UPSTREAM", "1", "p"},
                        {"y", "乙环节", "UPSTREAM", "1", "p"}});
        chains.refresh();
    }

    private long enterprise(String name, String region, BigDecimal revenue, boolean synthetic, String tags, int n) {
        return jdbc.sql("""
                insert into enterprise (uscc, name, region_code, region_name, local, revenue, source, synthetic, tags)
                values (:u, :name, :region, '', :local, :revenue, :source, :synthetic, :tags) returning id
                """).param("u", uscc(region, String.format("MA7L%04d", n))).param("name", name).param("region", region)
                .param("local", region.startsWith("37")).param("revenue", revenue)
                .param("source", synthetic ? "SYNTHETIC" : "IMPORT").param("synthetic", synthetic).param("tags", tags)
                .query(Long.class).single();
    }

    private List<String> former(String chain, String segment, Boolean local, Set<PlacementRole> roles,
                                Set<EnterpriseTag> tags, boolean synthetic, int limit) {
        List<String> codes = segment == null || segment.equals("p") ? List.of("x", "y") : List.of(segment);
        return jdbc.sql(FORMER).param("c", chain).param("codes", codes.toArray(String[]::new))
                .param("roles", (roles.isEmpty() ? EnumSet.allOf(PlacementRole.class) : roles).stream()
                        .map(Enum::name).toArray(String[]::new))
                .param("anyLocal", local == null).param("local", local != null && local)
                .param("synthetic", synthetic).param("tags", tags.stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit)
                .query((rs, n) -> rs.getLong("enterprise_id") + "@" + rs.getString("segment_code")).list();
    }

    private static List<String> listed(List<PlacedEnterprise> placed) {
        List<String> out = new ArrayList<>();
        placed.forEach(p -> out.add(p.enterprise().id() + "@" + p.placement().segmentCode()));
        return out;
    }

    private static List<Long> ids(List<PlacedEnterprise> placed) {
        return placed.stream().map(p -> p.enterprise().id()).toList();
    }
}
