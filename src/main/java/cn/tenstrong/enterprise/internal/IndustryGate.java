package cn.tenstrong.enterprise.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.EnterpriseDescription.IndustrySegment;
import cn.tenstrong.enterprise.SwIndustrySegments;
import cn.tenstrong.shared.CsvData;

/**
 * 申万行业门槛: which SW2021 industries (一级, or 一级/二级) an enterprise may be in to be placed on a chain
 * automatically (enterprise/reference/chain-sw-industries.csv). A word in a listed company's main business says
 * little when the company is in another trade (a builder with a futures arm is no securities firm, a logistics group
 * with a factoring licence is no bank). And an equipment maker (SW 专用设备, 通用设备, 自动化设备, 光伏加工设备,
 * 锂电专用设备) makes machines for a trade, not the trade's products: it is placed only on segments of equipment,
 * machines or parts (an engine assembly line is no engine). Enterprises without an SW industry (hand imports) pass.
 * The SW industry is also evidence (enterprise/reference/sw-segments.csv): an industry that names one business
 * (白酒Ⅲ, 集成电路封测) names its leaf; one that covers several (半导体材料) only supports the words found for one.
 */
final class IndustryGate implements SwIndustrySegments {

    static final String RESOURCE = "enterprise/reference/chain-sw-industries.csv";

    /** Phrases that contain a segment word but mean something else, and what they are read as instead. */
    static final String MASKS = "enterprise/reference/placement-masks.csv";

    /** Leaves that only enterprises of some SW industries make (a passenger car is made by a carmaker). */
    static final String SEGMENT_GATES = "enterprise/reference/segment-sw-industries.csv";

    /** SW2021 industries (一级/二级 or the full path) and the leaves they name. */
    static final String SEGMENTS = "enterprise/reference/sw-segments.csv";

    private record Named(String prefix, IndustrySegment segment) {
    }

    @Override
    public boolean admits(String chainCode, String segmentCode, String swIndustryName) {
        if (swIndustryName == null || swIndustryName.isBlank()) {
            return true;
        }
        String[] levels = swIndustryName.split("/");
        return within(allowed.get(chainCode), levels) && within(segmentGates.get(chainCode + "/" + segmentCode), levels);
    }

    @Override
    public List<SwIndustrySegment> segmentsOf(String swIndustryName) {
        if (swIndustryName == null || swIndustryName.isBlank()) {
            return List.of();
        }
        return named.stream().filter(n -> swIndustryName.equals(n.prefix()) || swIndustryName.startsWith(n.prefix() + "/"))
                .map(n -> {
                    String code = n.segment().qualifiedCode();
                    int slash = code.indexOf('/');
                    return new SwIndustrySegment(code.substring(0, slash), code.substring(slash + 1), n.segment().sole(),
                            n.prefix());
                }).toList();
    }

    private final Map<String, Set<String>> allowed;
    private final Masks masks;
    private final List<Named> named;
    private final Map<String, Set<String>> segmentGates;

    private IndustryGate(Map<String, Set<String>> allowed, Map<String, String> masks, List<Named> named,
                         Map<String, Set<String>> segmentGates) {
        this.allowed = allowed;
        this.masks = new Masks(masks);
        this.named = named;
        this.segmentGates = segmentGates;
    }

    static IndustryGate loadDefault() {
        return of(CsvData.readClasspath(RESOURCE), CsvData.readClasspath(MASKS), CsvData.readClasspath(SEGMENTS),
                CsvData.readClasspath(SEGMENT_GATES));
    }

    /** Every leaf the segment gates name, for checking them against the catalog. */
    Set<String> gatedLeaves() {
        return new java.util.TreeSet<>(segmentGates.keySet());
    }

    /** The leaves the SW industry (一级/二级/三级 path) names, in file order. */
    List<IndustrySegment> industrySegments(String swIndustryName) {
        if (swIndustryName == null || swIndustryName.isBlank()) {
            return List.of();
        }
        return named.stream().filter(n -> swIndustryName.equals(n.prefix()) || swIndustryName.startsWith(n.prefix() + "/"))
                .map(Named::segment).toList();
    }

    /** Every leaf the SW table names, for checking it against the catalog. */
    Set<String> namedLeaves() {
        Set<String> out = new java.util.TreeSet<>();
        named.forEach(n -> out.add(n.segment().qualifiedCode()));
        return out;
    }

    /**
     * The text with the masked phrases replaced (聚丙烯酰胺 is read as PAM聚合物, not as 聚丙烯 …), in file order, each
     * on what the ones before it left.
     */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return masks.apply(text);
    }

    static IndustryGate of(List<Map<String, String>> rows, List<Map<String, String>> maskRows,
                           List<Map<String, String>> segmentRows, List<Map<String, String>> gateRows) {
        Map<String, Set<String>> gates = new HashMap<>();
        for (Map<String, String> r : gateRows) {
            gates.put(r.get("segment"), Set.of(r.get("sw_industries").split(";")));
        }
        List<Named> named = new java.util.ArrayList<>();
        for (Map<String, String> r : segmentRows) {
            boolean sole = switch (r.get("kind")) {
                case "对应" -> true;
                case "辅助" -> false;
                default -> throw new IllegalStateException(SEGMENTS + "：类型只能是「对应」或「辅助」：" + r.get("kind"));
            };
            String industry = r.get("sw_industry");
            String label = "申万行业" + industry.substring(industry.lastIndexOf('/') + 1);
            for (String leaf : r.get("segments").split("\\s+")) {
                named.add(new Named(industry, new IndustrySegment(leaf, sole, label)));
            }
        }
        Map<String, String> masks = new java.util.LinkedHashMap<>();
        maskRows.forEach(r -> masks.put(r.get("phrase"), r.get("replacement")));
        Map<String, Set<String>> m = new HashMap<>();
        for (Map<String, String> r : rows) {
            m.put(r.get("chain_code"), Set.of(r.get("sw_industries").split(";")));
        }
        return new IndustryGate(Map.copyOf(m), java.util.Collections.unmodifiableMap(masks), List.copyOf(named),
                Map.copyOf(gates));
    }

    /** Whether the industry (一级/二级/三级) is one of the set's 一级, 一级/二级 or full paths; no set admits all. */
    private static boolean within(Set<String> set, String[] levels) {
        if (set == null) {
            return true;
        }
        String path = "";
        for (int i = 0; i < levels.length; i++) {
            path = i == 0 ? levels[0] : path + "/" + levels[i];
            if (set.contains(path)) {
                return true;
            }
        }
        return false;
    }

    /** SW 二级/三级 industries of equipment makers. */
    static final Set<String> EQUIPMENT_MAKERS = Set.of("专用设备", "通用设备", "自动化设备", "光伏加工设备", "锂电专用设备");
    /** Words in a segment's name that say it is about equipment, machines or their parts. */
    static final List<String> EQUIPMENT_SEGMENT_WORDS = List.of("设备", "装备", "机床", "机械", "装置", "部件", "锻件",
            "铸件", "刀具", "轴承", "液压", "机器人", "数控");

    /** Whether an enterprise of this SW industry (一级/二级/三级 names) may be placed on this segment of the chain. */
    boolean admits(String chainCode, String segmentCode, String segmentName, String swIndustryName) {
        if (swIndustryName == null || swIndustryName.isBlank()) {
            return true;
        }
        String[] levels = swIndustryName.split("/");
        if (!within(allowed.get(chainCode), levels) || !within(segmentGates.get(chainCode + "/" + segmentCode), levels)) {
            return false;
        }
        boolean equipmentMaker = levels.length > 1 && EQUIPMENT_MAKERS.contains(levels[1])
                || levels.length > 2 && EQUIPMENT_MAKERS.contains(levels[2]);
        return !equipmentMaker || EQUIPMENT_SEGMENT_WORDS.stream().anyMatch(segmentName::contains);
    }
}
