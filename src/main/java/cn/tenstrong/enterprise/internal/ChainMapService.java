package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.GapBenchmark;
import cn.tenstrong.enterprise.GapRuleKind;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.enterprise.NewChainProject;
import cn.tenstrong.enterprise.NewChainTarget;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.SegmentProjects;
import cn.tenstrong.enterprise.SegmentStrength;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.PlacementRows;
import cn.tenstrong.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chain maps and lists, computed from placements that are not rejected, with the declared gaps beside them. */
@Service
class ChainMapService implements ChainMaps {

    private final JdbcClient jdbc;
    private final ChainDirectory chains;
    private final EnterpriseRows rows;
    private final PlacementRows placements;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final DeclaredGaps declaredGaps;

    private final ObjectProvider<SegmentProjects> projects;
    private final int minPlaced;

    ChainMapService(JdbcClient jdbc, ChainDirectory chains, EnterpriseRows rows, PlacementRows placements,
                    AuditTrail audit, CurrentUsers users, DeclaredGaps declaredGaps,
                    ObjectProvider<SegmentProjects> projects, EnterpriseDataProperties properties) {
        this.minPlaced = properties.gapMinPlaced();
        this.declaredGaps = declaredGaps;
        this.jdbc = jdbc;
        this.chains = chains;
        this.rows = rows;
        this.placements = placements;
        this.audit = audit;
        this.users = users;
        this.projects = projects;
    }

    private record Stats(int local, int total, BigDecimal revenue, int tagged, int leaders, int backbone) {
        static final Stats NONE = new Stats(0, 0, BigDecimal.ZERO, 0, 0, 0);

        Stats plus(Stats o) {
            return new Stats(local + o.local, total + o.total, revenue.add(o.revenue), tagged + o.tagged,
                    leaders + o.leaders, backbone + o.backbone);
        }
    }

    private Map<String, Stats> leafStats(String chainCode, boolean includeSynthetic) {
        return leafStats(includeSynthetic, chainCode).getOrDefault(chainCode, Map.of());
    }

    /** Per chain and leaf: placed, local, revenue, tagged, 链主 and 骨干 counts; all chains when {@code chainCode} is null. */
    private Map<String, Map<String, Stats>> leafStats(boolean includeSynthetic, String chainCode) {
        Map<String, Map<String, Stats>> out = new HashMap<>();
        jdbc.sql("""
                select p.chain_code, p.segment_code, count(*) as total, count(*) filter (where e.local) as local,
                       coalesce(sum(e.revenue) filter (where e.local), 0) as revenue,
                       count(*) filter (where e.local and e.tags <> '') as tagged,
                       count(*) filter (where e.local and p.role = 'LEADER') as leaders,
                       count(*) filter (where e.local and p.role = 'BACKBONE') as backbone
                from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where (:all or p.chain_code = :c) and p.status <> 'REJECTED' and (:synthetic or not e.synthetic)
                group by p.chain_code, p.segment_code
                """).param("all", chainCode == null).param("c", chainCode == null ? "" : chainCode)
                .param("synthetic", includeSynthetic).query((ResultSet rs) -> {
            out.computeIfAbsent(rs.getString("chain_code"), k -> new HashMap<>()).put(rs.getString("segment_code"),
                    new Stats(rs.getInt("local"), rs.getInt("total"), rs.getBigDecimal("revenue"), rs.getInt("tagged"),
                            rs.getInt("leaders"), rs.getInt("backbone")));
        });
        return out;
    }

    @Override
    public GapBenchmark benchmark(boolean includeSynthetic) {
        return jdbc.sql("""
                select count(*) filter (where e.local) as local, count(*) as total from enterprise e
                where (:synthetic or not e.synthetic) and exists (select 1 from enterprise_placement p
                    where p.enterprise_id = e.id and p.status <> 'REJECTED')
                """).param("synthetic", includeSynthetic)
                .query((rs, n) -> new GapBenchmark(rs.getInt("local"), rs.getInt("total"))).single();
    }

    @Override
    public List<SegmentStrength> strengths(String chainCode, boolean includeSynthetic) {
        Chain chain = chains.requireChain(chainCode);
        BigDecimal quotient = quotient(chainCode);
        GapBenchmark benchmark = benchmark(includeSynthetic);
        Map<String, Stats> leaves = leafStats(chainCode, includeSynthetic);
        Map<String, List<DeclaredGap>> declared = declaredBySegment(chainCode);
        List<SegmentStrength> out = new ArrayList<>();
        for (ChainSegment s : chain.segments()) {
            Stats st = s.leaves().stream().map(l -> leaves.getOrDefault(l.code(), Stats.NONE))
                    .reduce(Stats.NONE, Stats::plus);
            GapRule.Judgement j = s.isLeaf() ? judge(st, benchmark, quotient)
                    : new GapRule.Judgement(List.of(), GapRule.locationQuotient(st.local(), st.total(), benchmark), "");
            boolean lowQuotient = j.findings().stream().anyMatch(f -> f.rule() == GapRuleKind.LOW_LOCATION_QUOTIENT);
            List<DeclaredGap> own = declared.getOrDefault(s.code(), List.of());
            out.add(new SegmentStrength(s.code(), s.name(), s.stage().name(), s.depth(), s.parentCode(), s.isLeaf(),
                    st.local(), st.total(), st.revenue(), st.tagged(), st.leaders(), level(st, lowQuotient),
                    !j.findings().isEmpty() || !own.isEmpty(), reason(j, own), GapRule.share(st.local(), st.total()),
                    st.backbone(), j.findings(), own, j.locationQuotient(), j.note()));
        }
        return out;
    }

    /** 0 none, 1 weak (location quotient below the chain's fraction), 2 present, 3 solid, 4 strong. */
    static int level(Stats st, boolean lowQuotient) {
        if (st.local() == 0) {
            return 0;
        }
        if (lowQuotient) {
            return 1;
        }
        int score = st.local() + 2 * st.tagged() + 3 * st.leaders();
        return score < 3 ? 2 : score < 10 ? 3 : 4;
    }

    @Override
    public List<GapSegment> gaps(String chainCode, boolean includeSynthetic) {
        Chain chain = chains.requireChain(chainCode);
        return gaps(chain, quotient(chainCode), benchmark(includeSynthetic), leafStats(chainCode, includeSynthetic),
                declaredBySegment(declaredGaps.active(chainCode)));
    }

    @Override
    public Map<String, Integer> gapCounts(boolean includeSynthetic) {
        GapBenchmark benchmark = benchmark(includeSynthetic);
        Map<String, Map<String, Stats>> stats = leafStats(includeSynthetic, null);
        Map<String, List<DeclaredGap>> declared = new HashMap<>();
        declaredGaps.active().forEach(g -> declared.computeIfAbsent(g.chainCode(), k -> new ArrayList<>()).add(g));
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (ChainSummary summary : chains.chains()) {
            Chain chain = chains.requireChain(summary.code());
            BigDecimal quotient = summary.gapQuotient() == null ? new BigDecimal("0.5") : summary.gapQuotient();
            out.put(summary.code(), gaps(chain, quotient, benchmark,
                    stats.getOrDefault(summary.code(), Map.of()),
                    declaredBySegment(declared.getOrDefault(summary.code(), List.of()))).size());
        }
        return out;
    }

    private List<GapSegment> gaps(Chain chain, BigDecimal quotient, GapBenchmark benchmark, Map<String, Stats> leaves,
                                  Map<String, List<DeclaredGap>> declared) {
        List<GapSegment> out = new ArrayList<>();
        for (ChainSegment s : chain.segments()) {
            Stats st = s.leaves().stream().map(l -> leaves.getOrDefault(l.code(), Stats.NONE))
                    .reduce(Stats.NONE, Stats::plus);
            GapRule.Judgement j = s.isLeaf() ? judge(st, benchmark, quotient)
                    : new GapRule.Judgement(List.of(), GapRule.locationQuotient(st.local(), st.total(), benchmark), "");
            List<DeclaredGap> own = declared.getOrDefault(s.code(), List.of());
            if (!j.findings().isEmpty() || !own.isEmpty()) {
                out.add(new GapSegment(s.code(), s.name(), chain.pathLabel(s.code()), st.local(), st.total(),
                        GapRule.share(st.local(), st.total()), j.locationQuotient(), quotient, benchmark, st.leaders(),
                        st.backbone(), j.findings(), own, j.note(), reason(j, own)));
            }
        }
        return out;
    }

    private GapRule.Judgement judge(Stats st, GapBenchmark benchmark, BigDecimal quotient) {
        return GapRule.judge(st.local(), st.total(), st.leaders(), st.backbone(), benchmark, quotient, minPlaced);
    }

    private Map<String, List<DeclaredGap>> declaredBySegment(String chainCode) {
        return declaredBySegment(declaredGaps.active(chainCode));
    }

    private static Map<String, List<DeclaredGap>> declaredBySegment(List<DeclaredGap> gaps) {
        Map<String, List<DeclaredGap>> out = new HashMap<>();
        gaps.forEach(g -> out.computeIfAbsent(g.segmentCode(), k -> new ArrayList<>()).add(g));
        return out;
    }

    /** "无省内企业（省外企业2家）；专班认定短板：光刻胶（行动计划第29行）", with the 样本不足 note of a gap. */
    static String reason(GapRule.Judgement j, List<DeclaredGap> declared) {
        if (j.findings().isEmpty() && declared.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        j.findings().forEach(f -> parts.add(f.text()));
        declared.forEach(g -> parts.add(GapRuleKind.DECLARED.label() + "：" + g.term() + "（" + g.sourceLabel() + "）"));
        if (!j.note().isEmpty()) {
            parts.add(j.note());
        }
        return String.join("；", parts);
    }

    private BigDecimal quotient(String chainCode) {
        return chains.summary(chainCode).map(ChainSummary::gapQuotient).orElse(new BigDecimal("0.5"));
    }

    @Override
    public List<PlacedEnterprise> placed(String chainCode, String segmentCode, Boolean local, Set<PlacementRole> roles,
                                         Set<EnterpriseTag> tags, boolean includeSynthetic, int limit) {
        Chain chain = chains.requireChain(chainCode);
        List<String> codes;
        if (segmentCode == null || segmentCode.isBlank()) {
            codes = chain.leaves().stream().map(ChainSegment::code).toList();
        } else {
            codes = chain.segment(segmentCode).orElseThrow(() -> DomainException.notFound("环节不存在：" + segmentCode))
                    .leaves().stream().map(ChainSegment::code).toList();
        }
        Set<PlacementRole> anyRole = roles == null || roles.isEmpty() ? Set.of(PlacementRole.values()) : roles;
        return placements.listed(chainCode, codes, local, anyRole, tags == null ? Set.of() : tags, includeSynthetic,
                Math.max(1, Math.min(limit, 5000)));
    }

    @Override
    public List<ChainTarget> targets(String chainCode) {
        return jdbc.sql("select * from enterprise_chain_target where chain_code = :c order by id").param("c", chainCode)
                .query((rs, n) -> new ChainTarget(rs.getLong("id"), rs.getString("chain_code"), rs.getString("segment_code"),
                        (Long) rs.getObject("enterprise_id", Long.class), rs.getString("name"), rs.getString("reason"),
                        rs.getString("source_module"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    @Override
    @Transactional
    public ChainTarget addTarget(NewChainTarget t) {
        Chain chain = chains.requireChain(t.chainCode());
        // the same rule as the chain's other lists: its industry's task force and administrators
        if (users.current().isPresent() && !chains.canEdit(chain.code())) {
            String why = "只有本产业专班或系统管理员可以修改产业链“" + chain.name() + "”的招商目标企业清单";
            audit.recordRefused("enterprise.chain-target.create", "enterprise.chain-target", null,
                    java.util.Map.of("chain", chain.code(), "enterpriseId", String.valueOf(t.enterpriseId()),
                            "reason", why));
            throw DomainException.forbidden(why);
        }
        String segment = leafOrNull(chain, t.segmentCode());
        String name = t.name() == null ? "" : t.name().strip();
        if (t.enterpriseId() != null) {
            Enterprise e = rows.byId(t.enterpriseId())
                    .orElseThrow(() -> DomainException.invalid("企业不存在：" + t.enterpriseId()));
            name = name.isEmpty() ? e.name() : name;
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("目标企业名称不能为空且不超过200字");
        }
        String module = module(t.sourceModule());
        long id = jdbc.sql("""
                insert into enterprise_chain_target (chain_code, segment_code, enterprise_id, name, reason, source_module, created_by)
                values (:c, :s, :e, :n, :r, :m, :by) returning id
                """).param("c", t.chainCode()).param("s", segment).param("e", t.enterpriseId()).param("n", name)
                .param("r", t.reason() == null ? "" : t.reason().strip()).param("m", module).param("by", actor())
                .query(Long.class).single();
        ChainTarget created = targets(t.chainCode()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "enterprise.chain-target", Long.toString(id), null, created);
        return created;
    }

    /**
     * The key projects the current user may see: the project library decides (its scope: a city its city's projects,
     * a park its park's, a task force its industry's); without the project module nobody vouches for a row, so none
     * is shown.
     */
    @Override
    public List<ChainProject> keyProjects(String chainCode) {
        List<ChainProject> all = allKeyProjects(chainCode);
        SegmentProjects library = projects.getIfAvailable();
        if (all.isEmpty() || library == null) {
            return List.of();
        }
        Set<String> readable = library.readableRefs(all.stream().map(ChainProject::projectRef).toList());
        return all.stream().filter(p -> readable.contains(p.projectRef())).toList();
    }

    /** Every key project of the chain, whoever asks (for the writes of the project module). */
    private List<ChainProject> allKeyProjects(String chainCode) {
        return jdbc.sql("select * from enterprise_chain_project where chain_code = :c order by id").param("c", chainCode)
                .query((rs, n) -> new ChainProject(rs.getLong("id"), rs.getString("chain_code"), rs.getString("segment_code"),
                        rs.getString("project_ref"), rs.getString("name"), rs.getBigDecimal("investment"),
                        rs.getString("stage"), rs.getString("source_module"), rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    @Override
    @Transactional
    public void removeKeyProject(String chainCode, String projectRef) {
        Optional<ChainProject> before = allKeyProjects(chainCode).stream().filter(x -> x.projectRef().equals(projectRef))
                .findFirst();
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("delete from enterprise_chain_project where chain_code = :c and project_ref = :ref")
                .param("c", chainCode).param("ref", projectRef).update();
        audit.record("DELETE", "enterprise.chain-project", Long.toString(before.get().id()), before.get(), null);
    }

    @Override
    @Transactional
    public ChainProject putKeyProject(NewChainProject p) {
        Chain chain = chains.requireChain(p.chainCode());
        String segment = leafOrNull(chain, p.segmentCode());
        String ref = p.projectRef() == null ? "" : p.projectRef().strip();
        String name = p.name() == null ? "" : p.name().strip();
        if (ref.isEmpty() || name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("重点项目需要项目编号和名称（名称不超过200字）");
        }
        if (p.investment() != null && p.investment().signum() < 0) {
            throw DomainException.invalid("项目投资额不能为负数");
        }
        Optional<ChainProject> before = allKeyProjects(p.chainCode()).stream().filter(x -> x.projectRef().equals(ref)).findFirst();
        jdbc.sql("""
                insert into enterprise_chain_project (chain_code, segment_code, project_ref, name, investment, stage,
                                                      source_module, created_by)
                values (:c, :s, :ref, :n, :inv, :stage, :m, :by)
                on conflict (chain_code, project_ref) do update set segment_code = excluded.segment_code,
                    name = excluded.name, investment = excluded.investment, stage = excluded.stage,
                    version = enterprise_chain_project.version + 1
                """).param("c", p.chainCode()).param("s", segment).param("ref", ref).param("n", name)
                .param("inv", p.investment()).param("stage", p.stage() == null ? "" : p.stage().strip())
                .param("m", module(p.sourceModule())).param("by", actor()).update();
        ChainProject after = allKeyProjects(p.chainCode()).stream().filter(x -> x.projectRef().equals(ref)).findFirst()
                .orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "enterprise.chain-project", Long.toString(after.id()),
                before.orElse(null), after);
        return after;
    }

    private static String leafOrNull(Chain chain, String segmentCode) {
        if (segmentCode == null || segmentCode.isBlank()) {
            return null;
        }
        ChainSegment s = chain.segment(segmentCode.strip())
                .orElseThrow(() -> DomainException.invalid("环节“" + segmentCode + "”不属于产业链" + chain.name()));
        return s.code();
    }

    private static String module(String m) {
        String t = m == null ? "" : m.strip();
        if (!t.matches("[a-z][a-z0-9-]{1,30}")) {
            throw DomainException.invalid("来源模块应为小写英文标识，如 targeting");
        }
        return t;
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }
}
