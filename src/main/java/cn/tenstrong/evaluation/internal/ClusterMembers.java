package cn.tenstrong.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.PlacedEnterprise;
import org.springframework.stereotype.Component;

/**
 * 集群成员: what the platform knows of a cluster (city × industry) — the real enterprises registered in the city
 * (region code under it) and placed (not rejected) on a chain of the industry, each counted once. Synthetic (模拟)
 * enterprises never count. A sub-industry's chains (文化创意, 精品旅游) count for it, not for its parent.
 */
@Component
class ClusterMembers {

    /** More than every enterprise the library places on one chain in Shandong. */
    private static final int LIMIT = 100_000;

    private final ChainDirectory chains;
    private final ChainMaps maps;

    ClusterMembers(ChainDirectory chains, ChainMaps maps) {
        this.chains = chains;
        this.maps = maps;
    }

    /** Cluster key ("370100/01") → its enterprises, for every city and industry with at least one. */
    Map<String, Collection<Enterprise>> all() {
        Map<String, Map<Long, Enterprise>> out = new LinkedHashMap<>();
        for (ChainSummary chain : chains.chains()) {
            for (PlacedEnterprise p : maps.placed(chain.code(), null, true, Set.of(), Set.of(), false, LIMIT)) {
                Enterprise e = p.enterprise();
                String city = cityOf(e.regionCode());
                if (city == null || e.synthetic()) {
                    continue;
                }
                out.computeIfAbsent(key(city, chain.industryCode()), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), e);
            }
        }
        Map<String, Collection<Enterprise>> result = new LinkedHashMap<>();
        out.forEach((k, v) -> result.put(k, new ArrayList<>(v.values())));
        return result;
    }

    static String key(String cityCode, String industryCode) {
        return cityCode + "/" + industryCode;
    }

    /** The prefecture city (6 digits) of a Shandong region code; null for a province-only or outside code. */
    static String cityOf(String regionCode) {
        if (regionCode == null || regionCode.length() < 4 || !regionCode.startsWith("37")
                || regionCode.startsWith("3700")) {
            return null;
        }
        return regionCode.substring(0, 4) + "00";
    }

    static List<String> split(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? List.of(key, "") : List.of(key.substring(0, slash), key.substring(slash + 1));
    }
}
