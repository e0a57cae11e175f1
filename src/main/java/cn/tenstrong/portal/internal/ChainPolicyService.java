package cn.tenstrong.portal.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainLeadership;
import cn.tenstrong.chain.ChainListKind;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.ChainTasks;
import cn.tenstrong.enterprise.ChainLeader;
import cn.tenstrong.enterprise.ChainLeaders;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.evaluation.EvaluationResults;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.portal.internal.ChainPolicy.Anchor;
import cn.tenstrong.portal.internal.ChainPolicy.TaskLine;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.LeadBook;
import org.springframework.stereotype.Service;

/**
 * Assembles a chain's {@link ChainPolicy} (一链一策) from the chain, enterprise, ledger, targeting and evaluation
 * facades. It lives in the portal because the chain module may not depend on the ledger (ledger → project →
 * enterprise → chain would close a cycle).
 */
@Service
public class ChainPolicyService {

    private static final int MAX_ANCHORS = 500;

    private final ChainDirectory chains;
    private final ChainLeadership leadership;
    private final ChainTasks chainTasks;
    private final ChainMaps maps;
    private final ChainLeaders chainLeaders;
    private final Ledger ledger;
    private final LeadBook leads;
    private final EvaluationSchemes schemes;
    private final EvaluationResults evaluations;
    private final CurrentUsers users;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ChainPolicyService(ChainDirectory chains, ChainLeadership leadership, ChainTasks chainTasks, ChainMaps maps,
                       ChainLeaders chainLeaders, Ledger ledger, LeadBook leads, EvaluationSchemes schemes,
                       EvaluationResults evaluations, CurrentUsers users, Clock clock,
                       org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.chains = chains;
        this.leadership = leadership;
        this.chainTasks = chainTasks;
        this.maps = maps;
        this.chainLeaders = chainLeaders;
        this.ledger = ledger;
        this.leads = leads;
        this.schemes = schemes;
        this.evaluations = evaluations;
        this.users = users;
        this.clock = clock;
    }

    public ChainSummary chain(String code) {
        return chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
    }

    /** The chain page's part: 链长制, 链主/骨干 and the tasks with their status (no map, gaps or lists). */
    public ChainPolicy page(String code, AsOf asOf) {
        return assemble(code, asOf, false);
    }

    /** Everything the 一链一策 document writes. */
    public ChainPolicy policy(String code, AsOf asOf) {
        return assemble(code, asOf, true);
    }

    /** 一链一策 as a Word document. */
    public byte[] document(String code, AsOf asOf) {
        ChainPolicy policy = policy(code, asOf);
        Map<cn.tenstrong.ledger.ProgressStatus, String> statuses = new java.util.EnumMap<>(cn.tenstrong.ledger.ProgressStatus.class);
        for (cn.tenstrong.ledger.ProgressStatus s : cn.tenstrong.ledger.ProgressStatus.values()) {
            statuses.put(s, message("ledger.status." + s.name()));
        }
        Map<Integer, String> levels = new HashMap<>();
        for (int level = 0; level <= 4; level++) {
            levels.put(level, message("chainmap.level." + level));
        }
        return ChainPolicyDocument.write(policy, statuses, levels, clock.getZone());
    }

    private String message(String key) {
        return messages.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** The chain's tasks with their ledger rows on the 评估日期; null when the user may not read the ledger. */
    public List<TaskLine> tasks(String code, AsOf asOf) {
        ChainSummary chain = chain(code);
        if (!can("ledger:ledger:read")) {
            return null;
        }
        Map<Long, LedgerRow> rows = ledger.rows(chain.industryCode(), null, asOf).stream()
                .collect(Collectors.toMap(r -> r.item().id(), r -> r, (a, b) -> a));
        return chainTasks.tasks(code).stream()
                .map(t -> new TaskLine(t, t.inForce() ? rows.get(t.item().id()) : null)).toList();
    }

    private ChainPolicy assemble(String code, AsOf asOf, boolean full) {
        ChainSummary chain = chain(code);
        boolean enterprises = can("enterprise:enterprise:read");
        List<PlacedEnterprise> leaderPlacements = enterprises ? maps.placed(code, null, true,
                EnumSet.of(PlacementRole.LEADER), Set.of(), MAX_ANCHORS) : List.of();
        List<PlacedEnterprise> backbonePlacements = enterprises ? maps.placed(code, null, true,
                EnumSet.of(PlacementRole.BACKBONE), Set.of(), MAX_ANCHORS) : List.of();
        List<Anchor> leaders = enterprises ? leaders(code, leaderPlacements) : null;
        List<Anchor> backbone = enterprises ? anchors(backbonePlacements, Map.of()) : null;
        Map<cn.tenstrong.targeting.LeadStage, Long> leadStages = full && can("targeting:lead:read")
                ? leads.stagesOnChain(code, asOf.date()) : null;
        return new ChainPolicy(chain, asOf, clock.instant(), leadership.chief(code).orElse(null),
                leadership.agencies(code), leadership.alliances(code), leaders, backbone,
                full && enterprises ? maps.strengths(code) : null, full && enterprises ? maps.benchmark(false) : null,
                full && enterprises ? maps.gaps(code) : null, full && enterprises ? maps.targets(code) : null,
                full ? chains.listItems(code, ChainListKind.CHOKE_POINT) : null,
                full ? chains.listItems(code, ChainListKind.TALENT) : null,
                full && enterprises ? maps.keyProjects(code) : null, tasks(code, asOf), leadStages,
                full ? evaluation(chain) : null);
    }

    /** The Shandong 链主 with the basis of their assignment, then the assignments not in the library yet. */
    private List<Anchor> leaders(String code, List<PlacedEnterprise> placed) {
        Map<Long, String> basis = new HashMap<>();
        List<ChainLeader> assignments = chainLeaders.leaders(code);
        for (ChainLeader a : assignments) {
            a.enterpriseIds().forEach(id -> basis.putIfAbsent(id, a.describedBasis()));
        }
        List<Anchor> out = new ArrayList<>(anchors(placed, basis));
        for (ChainLeader a : assignments) {
            if (a.enterpriseIds().isEmpty()) {
                out.add(new Anchor(null, a.displayName() + "（未入库）", "", chains.requireChain(code)
                        .segment(a.segmentCode()).map(s -> s.name()).orElse(a.segmentCode()),
                        a.revenue() == null ? "" : a.revenue().stripTrailingZeros().toPlainString(),
                        a.describedBasis()));
            }
        }
        return out;
    }


    private static List<Anchor> anchors(List<PlacedEnterprise> placed, Map<Long, String> basis) {
        Map<Long, List<PlacedEnterprise>> byEnterprise = placed.stream()
                .collect(Collectors.groupingBy(p -> p.enterprise().id(), LinkedHashMap::new, Collectors.toList()));
        List<Anchor> out = new ArrayList<>();
        byEnterprise.forEach((id, ps) -> {
            var e = ps.get(0).enterprise();
            String segments = ps.stream().map(p -> p.placement().segmentName()).distinct()
                    .collect(Collectors.joining("、"));
            out.add(new Anchor(id, e.name(), e.regionName(), segments,
                    e.revenue() == null ? "" : e.revenue().stripTrailingZeros().toPlainString(),
                    basis.getOrDefault(id, ps.get(0).placement().method().label())));
        });
        return out;
    }

    /**
     * The newest published round (of the newest per subject type the facade offers) with subjects on the chain's
     * industry: 产业集群 whose key names the industry (cityCode/industryCode), or enterprises placed on the chain.
     */
    private ChainPolicy.Evaluation evaluation(ChainSummary chain) {
        if (!can("evaluation:round:read")) {
            return null;
        }
        // the chain's enterprises are read only when an enterprise round is published
        java.util.function.Supplier<Set<String>> onChain = new java.util.function.Supplier<>() {
            private Set<String> ids;

            @Override
            public Set<String> get() {
                if (ids == null) {
                    ids = can("enterprise:enterprise:read") ? maps.placed(chain.code(), null, null,
                            EnumSet.allOf(PlacementRole.class), Set.of(), 20_000).stream()
                            .map(p -> Long.toString(p.enterprise().id())).collect(Collectors.toSet()) : Set.of();
                }
                return ids;
            }
        };
        String industry = chain.industryCode();
        List<ChainPolicy.Evaluation> found = new ArrayList<>();
        for (String type : schemes.schemes().stream().map(SchemeView::subjectType).distinct().toList()) {
            Optional<RoundResults> latest = evaluations.latestPublished(type);
            latest.ifPresent(r -> {
                List<RoundResults.SubjectResult> touching = r.results().stream().filter(s -> switch (type) {
                    case "CLUSTER" -> {
                        String key = s.key() == null ? "" : s.key();
                        String code = key.contains("/") ? key.substring(key.indexOf('/') + 1) : "";
                        yield !code.isEmpty() && (code.startsWith(industry) || industry.startsWith(code));
                    }
                    case "ENTERPRISE" -> onChain.get().contains(s.key());
                    default -> false;
                }).toList();
                if (!touching.isEmpty()) {
                    found.add(new ChainPolicy.Evaluation(r, touching));
                }
            });
        }
        return found.stream().max(Comparator.comparingInt((ChainPolicy.Evaluation e) -> e.results().round().year())
                .thenComparing(e -> e.results().round().publishedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    private boolean can(String permission) {
        return users.current().map(u -> u.can(permission)).orElse(false);
    }

    /** Whether the current user may enter the 链长 / change the rest of the 链长制 and the tags. */
    public boolean canEditChief() {
        return leadership.canEditChief();
    }

    public boolean canEdit(String code) {
        return chains.canEdit(code);
    }
}
