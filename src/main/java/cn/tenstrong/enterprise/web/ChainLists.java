package cn.tenstrong.enterprise.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.enterprise.ChainLeader;
import cn.tenstrong.enterprise.ChainLeaders;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.GapRuleKind;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/** The "N张清单" of a chain as tables: message keys for the headers, text cells, and a link per row. */
@Component
class ChainLists {

    /** The lists drawn from the enterprise library (卡脖子技术 and 人才需求 live in the chain module). */
    enum Kind {
        LEADERS("leaders"), BACKBONE("backbone"), SPECIALISED("specialised"), GAPS("gaps"), TARGETS("targets"),
        PROJECTS("projects");

        final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        static Kind of(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug)) {
                    return k;
                }
            }
            throw DomainException.notFound("没有这种清单：" + slug);
        }

        public String key() {
            return "chainlist." + slug;
        }

        public String slug() {
            return slug;
        }
    }

    /**
     * A list as a table; {@code links} holds an enterprise id per row, or null; {@code segments} the segment code of
     * a row that is a segment (短板环节), for its link to 招商目标推荐, or null.
     */
    record Table(Kind kind, List<String> headerKeys, List<List<String>> rows, List<Long> links, List<String> segments) {

        Table(Kind kind, List<String> headerKeys, List<List<String>> rows, List<Long> links) {
            this(kind, headerKeys, rows, links, java.util.Collections.nCopies(rows.size(), null));
        }
    }

    private static final int MAX_ROWS = 5000;
    private static final List<String> ENTERPRISE_HEADERS = List.of("chainlist.col.name", "chainlist.col.region",
            "chainlist.col.local", "chainlist.col.segment", "chainlist.col.role", "chainlist.col.revenue",
            "chainlist.col.tags", "chainlist.col.source");

    private final ChainMaps maps;
    private final ChainLeaders leaders;
    private final ChainDirectory chains;

    ChainLists(ChainMaps maps, ChainLeaders leaders, ChainDirectory chains) {
        this.maps = maps;
        this.leaders = leaders;
        this.chains = chains;
    }

    Table table(String chainCode, Kind kind, boolean synthetic) {
        return switch (kind) {
            case LEADERS -> leaders(chainCode, maps.placed(chainCode, null, null, EnumSet.of(PlacementRole.LEADER),
                    Set.of(), synthetic, MAX_ROWS), leaders.leaders(chainCode));
            case BACKBONE -> enterprises(kind, maps.placed(chainCode, null, null,
                    EnumSet.of(PlacementRole.BACKBONE, PlacementRole.SUPPORTING), Set.of(), synthetic, MAX_ROWS));
            case SPECIALISED -> enterprises(kind, maps.placed(chainCode, null, null, Set.of(),
                    EnumSet.of(EnterpriseTag.SPECIALISED, EnterpriseTag.LITTLE_GIANT), synthetic, MAX_ROWS));
            case GAPS -> gaps(maps.gaps(chainCode, synthetic));
            case TARGETS -> targets(maps.targets(chainCode));
            case PROJECTS -> projects(maps.keyProjects(chainCode));
        };
    }

    private static Table enterprises(Kind kind, List<PlacedEnterprise> placed) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        for (PlacedEnterprise p : placed) {
            Enterprise e = p.enterprise();
            rows.add(List.of(e.name(), e.regionName(), e.local() ? "省内" : "省外", p.placement().segmentName(),
                    p.placement().role().label(), amount(e.revenue()), String.join("、", e.tagLabels()),
                    e.source().label()));
            links.add(e.id());
        }
        return new Table(kind, ENTERPRISE_HEADERS, rows, links);
    }

    /**
     * 链主企业: the enterprises placed as 链主, each with the basis of its assignment when it has one, then the
     * assignments whose enterprise is not in the library yet (未入库), so the list shows every known leader.
     */
    private Table leaders(String chainCode, List<PlacedEnterprise> placed, List<ChainLeader> assignments) {
        Map<Long, List<ChainLeader>> byEnterprise = new HashMap<>();
        assignments.forEach(a -> a.enterpriseIds().forEach(id -> byEnterprise.computeIfAbsent(id, k -> new ArrayList<>())
                .add(a)));
        Table base = enterprises(Kind.LEADERS, placed);
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>(base.links());
        for (int i = 0; i < placed.size(); i++) {
            List<String> row = new ArrayList<>(base.rows().get(i));
            String segment = placed.get(i).placement().segmentCode();
            row.add(byEnterprise.getOrDefault(placed.get(i).enterprise().id(), List.of()).stream()
                    .filter(a -> a.segmentCode().equals(segment)).map(ChainLists::basis).findFirst()
                    .orElse(placed.get(i).placement().method().label()));
            rows.add(row);
        }
        var chain = chains.requireChain(chainCode);
        for (ChainLeader a : assignments) {
            if (a.enterpriseIds().isEmpty()) {
                rows.add(List.of(a.displayName(), "", "", chain.segment(a.segmentCode()).map(s -> s.name())
                                .orElse(a.segmentCode()), PlacementRole.LEADER.label(), amount(a.revenue()), "",
                        "未入库" + (a.stockCode().isEmpty() ? "" : "（" + a.stockCode() + "）"), basis(a)));
                links.add(null);
            }
        }
        List<String> headers = new ArrayList<>(ENTERPRISE_HEADERS);
        headers.add("chainlist.col.basis");
        return new Table(Kind.LEADERS, headers, rows, links);
    }

    static String basis(ChainLeader a) {
        return a.describedBasis();
    }

    private static Table gaps(List<GapSegment> gaps) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        for (GapSegment g : gaps) {
            List<String> kinds = new ArrayList<>();
            g.findings().forEach(f -> kinds.add(f.rule().label()));
            if (!g.declared().isEmpty()) {
                kinds.add(GapRuleKind.DECLARED.label());
            }
            rows.add(List.of(g.name(), g.path(), String.join("、", kinds), g.reason(), Integer.toString(g.local()),
                    Integer.toString(g.total()), g.localShare() == null ? "—" : g.localShare().toPlainString() + "%",
                    g.locationQuotient() == null ? "—" : g.locationQuotient().toPlainString(),
                    g.quotientThreshold().stripTrailingZeros().toPlainString(), declaredBasis(g.declared())));
            links.add(null);
            segments.add(g.segmentCode());
        }
        return new Table(Kind.GAPS, List.of("chainlist.col.segment", "chainlist.col.path", "chainlist.col.gapKind",
                "chainlist.col.rule", "chainlist.col.localCount", "chainlist.col.totalCount", "chainlist.col.share",
                "chainlist.col.quotient", "chainlist.col.threshold", "chainlist.col.basis"), rows, links, segments);
    }

    /** 行动计划第111行：“…”; the task force's reason when it differs from the quote. */
    static String declaredBasis(List<DeclaredGap> declared) {
        List<String> parts = new ArrayList<>();
        for (DeclaredGap g : declared) {
            String text = g.sourceLabel() + (g.seedQuote() == null ? "" : "：“" + g.seedQuote() + "”");
            if (g.seedQuote() == null || !g.reason().equals(g.seedQuote())) {
                text += (g.seedQuote() == null ? "：" : "；专班理由：") + g.reason();
            }
            parts.add(text);
        }
        return String.join("；", parts);
    }

    private static Table targets(List<ChainTarget> targets) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        for (ChainTarget t : targets) {
            rows.add(List.of(t.name(), t.segmentCode() == null ? "" : t.segmentCode(), t.reason(), t.sourceModule(),
                    t.createdBy()));
            links.add(t.enterpriseId());
        }
        return new Table(Kind.TARGETS, List.of("chainlist.col.name", "chainlist.col.segment", "chainlist.col.reason",
                "chainlist.col.module", "chainlist.col.by"), rows, links);
    }

    private static Table projects(List<ChainProject> projects) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        for (ChainProject p : projects) {
            rows.add(List.of(p.projectRef(), p.name(), p.segmentCode() == null ? "" : p.segmentCode(),
                    amount(p.investment()), p.stage(), p.sourceModule()));
            links.add(null);
        }
        return new Table(Kind.PROJECTS, List.of("chainlist.col.ref", "chainlist.col.project", "chainlist.col.segment",
                "chainlist.col.investment", "chainlist.col.stage", "chainlist.col.module"), rows, links);
    }

    static String amount(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
