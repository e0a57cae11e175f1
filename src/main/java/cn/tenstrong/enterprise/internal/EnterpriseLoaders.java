package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.PlacementRows;
import cn.tenstrong.enterprise.persistence.NewPlacement;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Startup data of the enterprise library: the plan-named enterprises, the demo's synthetic ones, the index. */
final class EnterpriseLoaders {

    static final String NAMED = "chain/named-enterprises.csv";
    static final long DEMO_SEED = 2022L;
    private static final Logger log = LoggerFactory.getLogger(EnterpriseLoaders.class);

    private EnterpriseLoaders() {
    }

    /** {@code platform.demo.synthetic-enterprises} on a demo installation, else none. */
    private static long syntheticOf(DemoProperties demo) {
        return demo.enabled() ? demo.syntheticEnterprises() : 0;
    }

    /**
     * The real enterprises the action plans name, placed on the segments the seed names them for. One the seed
     * mapping ties to a listed company is that company's row (loaded before, {@link PublicDataLoader}), tagged 链主
     * where the plan says so; the others have no USCC (none is invented): they are unique by name and marked
     * 来源:行动计划. Idempotent.
     */
    @Component
    @Order(43)
    static class NamedEnterprises implements ApplicationRunner {

        private final EnterpriseRows rows;

        private final PlacementRows placementRows;
        private final ReferenceData reference;
        private final AuditTrail audit;
        private final ApplicationEventPublisher events;

        NamedEnterprises(EnterpriseRows rows, PlacementRows placementRows, ReferenceData reference, AuditTrail audit,
                         ApplicationEventPublisher events) {
            this.rows = rows;
            this.placementRows = placementRows;
            this.reference = reference;
            this.audit = audit;
            this.events = events;
        }

        @Override
        @Transactional
        public void run(ApplicationArguments args) {
            List<Long> created = new ArrayList<>();
            List<NewPlacement> placements = new ArrayList<>();
            SeedLinks links = SeedLinks.load();
            List<Long> leaders = new ArrayList<>();
            for (Map<String, String> r : CsvData.readClasspath(NAMED)) {
                String name = r.get("name");
                long id;
                var listed = links.stockCode(name).flatMap(rows::idByStockCode);
                var existing = listed.isPresent() ? listed : rows.idWithoutUscc(name);
                if (listed.isPresent() && "链主".equals(r.get("role"))) {
                    leaders.add(listed.get());
                }
                if (existing.isPresent()) {
                    id = existing.get();
                } else {
                    String[] problem = new String[1];
                    var region = r.get("city").isEmpty() ? java.util.Optional.<ReferenceData.ResolvedRegion>empty()
                            : reference.region(r.get("city"), problem);
                    boolean leader = "链主".equals(r.get("role"));
                    Set<EnterpriseTag> tags = leader ? EnumSet.of(EnterpriseTag.CHAIN_LEADER) : EnumSet.noneOf(EnterpriseTag.class);
                    id = rows.insertWithoutUscc(new EnterpriseDraft(null, name, region.map(ReferenceData.ResolvedRegion::code)
                            .orElse(null), region.map(ReferenceData.ResolvedRegion::fullName).orElse(""),
                            region.map(ReferenceData.ResolvedRegion::local).orElse(false), null, null, null, "", "", tags,
                            null, null, EnterpriseSource.SEED_PLAN, false, false, ""));
                    created.add(id);
                }
                placements.add(new NewPlacement(id, r.get("chain_code"), r.get("segment_code"),
                        "链主".equals(r.get("role")) ? PlacementRole.LEADER : PlacementRole.BACKBONE, PlacementMethod.SEED,
                        PlacementStatus.CONFIRMED, 1.0, List.of(r.get("seed_term")), "行动计划"));
            }
            int placed = placementRows.insertDecidedPlacements(placements);
            int tagged = rows.addTag(leaders, EnterpriseTag.CHAIN_LEADER);
            if (!created.isEmpty() || placed > 0 || tagged > 0) {
                audit.record("SEED", "enterprise.enterprise", NAMED, null, Map.of("created", created.size(), "placed", placed,
                        "taggedLeaders", tagged));
                List<Long> changed = new ArrayList<>(created);
                changed.addAll(leaders);
                events.publishEvent(new EnterprisesChanged(changed));
                log.info("Plan-named enterprises: {} stored, {} placements", created.size(), placed);
            }
        }
    }

    /**
     * Demo installations get {@code platform.demo.synthetic-enterprises} synthetic enterprises, once: 0 by default
     * (the library is real), set for benchmarks and explicit demos.
     */
    @Component
    @Order(44)
    static class SyntheticEnterprises implements ApplicationRunner {

        private final SyntheticLoad load;
        private final ChainDirectory chains;
        private final JdbcClient jdbc;
        private final long count;

        SyntheticEnterprises(SyntheticLoad load, ChainDirectory chains, JdbcClient jdbc, DemoProperties demo) {
            this.load = load;
            this.chains = chains;
            this.jdbc = jdbc;
            this.count = syntheticOf(demo);
        }

        @Override
        @Transactional
        public void run(ApplicationArguments args) {
            if (count <= 0 || jdbc.sql("select exists (select 1 from enterprise where synthetic)").query(Boolean.class).single()) {
                return;
            }
            // in slices at COPY speed; the index is rebuilt once afterwards (IndexCheck), not after the commit
            load.load(SyntheticEnterpriseGenerator.of(chains.catalog(), DEMO_SEED), count, "模拟数据（演示）", false,
                    false);
        }
    }

    /**
     * Demo installations with synthetic enterprises also get a few supply-chain relations between them (all parties
     * synthetic, source 模拟数据（演示）), so that the recommendations' 供应链关系 factor shows; imported once through
     * the ordinary relation import. Rows whose enterprises were not generated (a smaller demo library) are left out.
     */
    @Component
    @Order(45)
    static class DemoRelations implements ApplicationRunner {

        static final String FILE = "enterprise/demo-relations.csv";
        static final String SOURCE = "模拟数据（演示）";

        private final RelationService relations;
        private final cn.tenstrong.enterprise.persistence.RelationRows relationRows;
        private final JdbcClient jdbc;
        private final long count;

        DemoRelations(RelationService relations, cn.tenstrong.enterprise.persistence.RelationRows relationRows,
                      JdbcClient jdbc, DemoProperties demo) {
            this.relations = relations;
            this.relationRows = relationRows;
            this.jdbc = jdbc;
            this.count = syntheticOf(demo);
        }

        @Override
        @Transactional
        public void run(ApplicationArguments args) {
            if (count <= 0 || jdbc.sql("select exists (select 1 from enterprise_relation where source = :s)")
                    .param("s", SOURCE).query(Boolean.class).single()) {
                return;
            }
            List<Map<String, String>> lines = CsvData.readClasspath(FILE);
            java.util.Set<String> usccs = new java.util.HashSet<>();
            lines.forEach(l -> {
                usccs.add(l.get("供方统一社会信用代码"));
                usccs.add(l.get("需方统一社会信用代码"));
            });
            java.util.Set<String> present = relationRows.byUsccs(usccs).keySet();
            StringBuilder csv = new StringBuilder(String.join(",", lines.isEmpty() ? List.of() : lines.get(0).keySet()))
                    .append('\n');
            int rows = 0;
            for (Map<String, String> l : lines) {
                if (present.contains(l.get("供方统一社会信用代码")) && present.contains(l.get("需方统一社会信用代码"))) {
                    csv.append(org.apache.commons.csv.CSVFormat.DEFAULT.format(l.values().toArray())).append('\n');
                    rows++;
                }
            }
            if (rows > 0) {
                var result = relations.importFile(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "demo-relations.csv");
                log.info("Demo: {} supply-chain relations between synthetic enterprises stored", result.rows());
            }
        }
    }

    /**
     * Rebuilds the search index when it is missing, was written by another analysis (an older version) or does not
     * hold one document per enterprise.
     */
    @Component
    @Order(50)
    static class IndexCheck implements ApplicationRunner {

        private final EnterpriseService service;
        private final EnterpriseSearchIndex index;

        IndexCheck(EnterpriseService service, EnterpriseSearchIndex index) {
            this.service = service;
            this.index = index;
        }

        @Override
        public void run(ApplicationArguments args) {
            long docs = index.count();
            long table = service.count();
            boolean olderFormat = !index.current();
            if (docs != table || olderFormat) {
                long start = System.nanoTime();
                long built = service.rebuildIndex();
                log.info("Enterprise index rebuilt ({} documents{}, table has {}): {} documents in {} ms", docs,
                        olderFormat ? " of an older format" : "", table, built, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    static EnterpriseDraft draft(SyntheticEnterprise e) {
        return new EnterpriseDraft(e.uscc(), e.name(), e.regionCode(), e.regionName(), e.regionCode().startsWith("37"),
                e.industryCode(), BigDecimal.valueOf(e.registeredCapital()), e.foundedOn(), e.businessScope(),
                e.mainProducts(), e.tags(), BigDecimal.valueOf(e.revenue()), e.employees(), EnterpriseSource.SYNTHETIC,
                true, false, "");
    }
}
