package cn.tenstrong.enterprise.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseTag;
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

    /** A list as a table; {@code links} holds an enterprise id per row, or null. */
    record Table(Kind kind, List<String> headerKeys, List<List<String>> rows, List<Long> links) {
    }

    private static final int MAX_ROWS = 5000;
    private static final List<String> ENTERPRISE_HEADERS = List.of("chainlist.col.name", "chainlist.col.region",
            "chainlist.col.local", "chainlist.col.segment", "chainlist.col.role", "chainlist.col.revenue",
            "chainlist.col.tags", "chainlist.col.source");

    private final ChainMaps maps;

    ChainLists(ChainMaps maps) {
        this.maps = maps;
    }

    Table table(String chainCode, Kind kind, boolean synthetic) {
        return switch (kind) {
            case LEADERS -> enterprises(kind, maps.placed(chainCode, null, null, EnumSet.of(PlacementRole.LEADER),
                    Set.of(), synthetic, MAX_ROWS));
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

    private static Table gaps(List<GapSegment> gaps) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        for (GapSegment g : gaps) {
            rows.add(List.of(g.name(), g.path(), Integer.toString(g.local()), Integer.toString(g.total()),
                    g.localShare() == null ? "—" : g.localShare().toPlainString() + "%",
                    g.threshold().stripTrailingZeros().toPlainString() + "%", g.reason()));
            links.add(null);
        }
        return new Table(Kind.GAPS, List.of("chainlist.col.segment", "chainlist.col.path", "chainlist.col.localCount",
                "chainlist.col.totalCount", "chainlist.col.share", "chainlist.col.threshold", "chainlist.col.reason"),
                rows, links);
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
