package cn.tenstrong.enterprise.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.shared.CsvData;

/**
 * 行动计划点名企业与上市公司的对应: which plan-named enterprise (chain/named-enterprises.csv, stored by name without
 * a USCC) is which listed company, as enterprise/reference/seed-enterprises.csv maps them by hand. A name links when
 * it is the seed mention or begins with it (青岛港(集团)有限公司 → 青岛港); mappings marked "related only" (a
 * different legal entity: 东岳氟硅 → 东岳硅材, 吉利欣旺达 → 欣旺达) do not link, so no company takes another's place.
 */
final class SeedLinks {

    static final String SEED = "enterprise/reference/seed-enterprises.csv";

    private final Map<String, String> stockBySeedMention;

    private SeedLinks(Map<String, String> stockBySeedMention) {
        this.stockBySeedMention = stockBySeedMention;
    }

    static SeedLinks load() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvData.readClasspath(SEED)) {
            String stock = r.getOrDefault("stock_code", "");
            // every mention is kept, unmapped ones as "": 潍柴雷沃 must not fall back to 潍柴's company by prefix
            boolean links = !stock.isEmpty() && !r.getOrDefault("relation_note", "").startsWith("related only");
            map.putIfAbsent(r.get("seed_mention"), links ? stock : "");
        }
        return new SeedLinks(Map.copyOf(map));
    }

    /** The stock code of the listed company a plan-named enterprise is, if the mapping says so. */
    Optional<String> stockCode(String namedEnterprise) {
        String exact = stockBySeedMention.get(namedEnterprise);
        if (exact != null) {
            return exact.isEmpty() ? Optional.empty() : Optional.of(exact);
        }
        // else the longest mention the name begins with (青岛港(集团)有限公司 → 青岛港)
        return stockBySeedMention.entrySet().stream().filter(e -> namedEnterprise.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                .filter(s -> !s.isEmpty());
    }

    /** Named enterprise → stock code for every name of the list that links. */
    Map<String, String> links(List<String> namedEnterprises) {
        Map<String, String> out = new LinkedHashMap<>();
        namedEnterprises.forEach(n -> stockCode(n).ifPresent(s -> out.put(n, s)));
        return out;
    }
}
