package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tenstrong.targeting.LeadFunnel;
import cn.tenstrong.targeting.LeadStage;

/**
 * 招商漏斗 (pure): a lead counts for every stage up to the furthest it reached (a skipped stage counts as passed),
 * and for 终止 when it was dropped.
 */
final class FunnelCounter {

    /**
     * One lead's facts.
     *
     * @param registeredOn the day it was registered (its first stage change)
     * @param furthest     the furthest stage reached before any 终止
     * @param originChain  the chain of the recommendation it came from, else null
     */
    record FunnelLead(long id, String cityCode, String industryCode, LocalDate registeredOn, LeadStage stage,
                      LeadStage furthest, Long enterpriseId, String originChain, Long projectId) {
    }

    private FunnelCounter() {
    }

    static LeadFunnel count(List<FunnelLead> all, Integer year, Function<String, String> cityName,
                            Function<String, String> industryName, Function<String, String> chainName) {
        List<FunnelLead> leads = all.stream()
                .filter(l -> year == null || l.registeredOn() != null && l.registeredOn().getYear() == year).toList();
        LeadFunnel.Group total = group("total", "", leads);
        List<LeadFunnel.Group> byCity = groups(leads, FunnelLead::cityCode, cityName);
        List<LeadFunnel.Group> byIndustry = groups(leads, FunnelLead::industryCode, industryName);
        Map<String, List<FunnelLead>> byChain = leads.stream().filter(l -> l.originChain() != null)
                .collect(Collectors.groupingBy(FunnelLead::originChain, TreeMap::new, Collectors.toList()));
        List<LeadFunnel.Conversion> conversions = new ArrayList<>();
        byChain.forEach((chain, ls) -> conversions.add(new LeadFunnel.Conversion(chain, chainName.apply(chain),
                distinctEnterprises(ls), ls.size(),
                distinctEnterprises(ls.stream().filter(l -> l.stage() == LeadStage.SIGNED).toList()),
                ls.stream().filter(l -> l.projectId() != null).count())));
        return new LeadFunnel(year, List.of(LeadStage.values()), total, byCity, byIndustry, conversions);
    }

    /** Whether a lead counts for a stage of the funnel. */
    static boolean reached(FunnelLead l, LeadStage stage) {
        if (stage == LeadStage.DROPPED) {
            return l.stage() == LeadStage.DROPPED;
        }
        return l.furthest() != null && l.furthest().ordinal() >= stage.ordinal();
    }

    /** The furthest stage among those reached, 终止 aside; 线索 when there is none. */
    static LeadStage furthest(Collection<LeadStage> reached) {
        return reached.stream().filter(s -> s != LeadStage.DROPPED).max(Enum::compareTo).orElse(LeadStage.LEAD);
    }

    private static List<LeadFunnel.Group> groups(List<FunnelLead> leads, Function<FunnelLead, String> key,
                                                 Function<String, String> label) {
        Map<String, List<FunnelLead>> by = leads.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return by.entrySet().stream().map(e -> group(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private static LeadFunnel.Group group(String key, String label, List<FunnelLead> leads) {
        List<Long> counts = new ArrayList<>();
        for (LeadStage s : LeadStage.values()) {
            counts.add(leads.stream().filter(l -> reached(l, s)).count());
        }
        return new LeadFunnel.Group(key, label, counts);
    }

    private static long distinctEnterprises(List<FunnelLead> leads) {
        return leads.stream().map(l -> l.enterpriseId() == null ? "lead:" + l.id() : "e:" + l.enterpriseId())
                .distinct().count();
    }
}
