package cn.tenstrong.enterprise.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves the region and industry an import row names: Shandong's regions come from the org module's
 * directory (GB/T 2260), other provinces, their cities and counties from {@code enterprise/reference/cn-regions.csv}
 * (counties by full name or city + county only), other 6-digit codes of other provinces are accepted as they are;
 * industry codes must be GB/T 4754-2017 codes.
 */
@Component
public class ReferenceData {

    /** A resolved region. */
    public record ResolvedRegion(String code, String fullName, boolean local) {
    }

    /** GB/T 2260 province prefixes. */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private volatile Tables tables;

    private record Tables(Map<String, ResolvedRegion> byCode, Map<String, ResolvedRegion> byName,
                          Set<String> ambiguousNames, Set<String> industryCodes) {
    }

    ReferenceData(OrgDirectory orgs, JdbcClient jdbc) {
        this.orgs = orgs;
        this.jdbc = jdbc;
    }

    void reset() {
        tables = null;
    }

    /**
     * The region for a code or a name.
     *
     * @return the region, or empty with the reason in {@code problem[0]}
     */
    public Optional<ResolvedRegion> region(String raw, String[] problem) {
        Tables t = tables();
        String text = raw == null ? "" : raw.replaceAll("\\s", "");
        if (text.isEmpty()) {
            problem[0] = "地区不能为空（填写6位行政区划代码或名称）";
            return Optional.empty();
        }
        if (text.matches("\\d{6}")) {
            ResolvedRegion known = t.byCode().get(text);
            if (known != null) {
                return Optional.of(known);
            }
            if (text.startsWith("37")) {
                problem[0] = "“" + text + "”不是山东省的行政区划代码";
                return Optional.empty();
            }
            if (!PROVINCES.contains(text.substring(0, 2))) {
                problem[0] = "“" + text + "”不是行政区划代码（前两位不是省级代码）";
                return Optional.empty();
            }
            return Optional.of(new ResolvedRegion(text, "", false));
        }
        if (t.ambiguousNames().contains(text)) {
            problem[0] = "地区名称“" + text + "”有重名，请填写行政区划代码或带市名的全称（如济南市市中区）";
            return Optional.empty();
        }
        ResolvedRegion byName = t.byName().get(text);
        if (byName == null) {
            problem[0] = "无法识别的地区“" + text + "”（填写6位行政区划代码或名称）";
            return Optional.empty();
        }
        return Optional.of(byName);
    }

    /** The GB/T 4754-2017 code without its section letter, or empty when unknown. */
    public Optional<String> industry(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase().replaceFirst("^[A-T](?=\\d)", "");
        return tables().industryCodes().contains(code) ? Optional.of(code) : Optional.empty();
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            t = load();
            tables = t;
        }
        return t;
    }

    private Tables load() {
        Map<String, ResolvedRegion> byCode = new LinkedHashMap<>();
        Map<String, ResolvedRegion> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Region province = orgs.region("370000").orElse(new Region("370000", "山东省", null, "province"));
        ResolvedRegion sd = new ResolvedRegion(province.code(), province.name(), true);
        byCode.put(sd.code(), sd);
        name(byName, ambiguous, "山东省", sd);
        name(byName, ambiguous, "山东", sd);
        for (Region city : orgs.cities()) {
            ResolvedRegion c = new ResolvedRegion(city.code(), "山东省" + city.name(), true);
            byCode.put(c.code(), c);
            name(byName, ambiguous, city.name(), c);
            name(byName, ambiguous, "山东省" + city.name(), c);
            name(byName, ambiguous, strip(city.name()), c);
            for (Region county : orgs.counties(city.code())) {
                ResolvedRegion k = new ResolvedRegion(county.code(), "山东省" + city.name() + county.name(), true);
                byCode.put(k.code(), k);
                name(byName, ambiguous, county.name(), k);
                name(byName, ambiguous, city.name() + county.name(), k);
                name(byName, ambiguous, k.fullName(), k);
            }
        }
        List<Map<String, Object>> others = jdbc.sql("select code, name, province, city, level from enterprise_other_region")
                .query().listOfRows();
        for (Map<String, Object> r : others) {
            String name = (String) r.get("name");
            String prov = (String) r.get("province");
            String city = (String) r.get("city");
            if ("county".equals(r.get("level"))) {
                // a county is named with its city (and province): bare county names repeat across the country
                ResolvedRegion o = new ResolvedRegion((String) r.get("code"), prov + (city.equals(prov) ? "" : city) + name,
                        false);
                byCode.put(o.code(), o);
                name(byName, ambiguous, o.fullName(), o);
                if (!city.equals(prov)) {
                    name(byName, ambiguous, city + name, o);
                }
                continue;
            }
            String full = prov.equals(name) ? name : prov + name;
            ResolvedRegion o = new ResolvedRegion((String) r.get("code"), full, false);
            byCode.put(o.code(), o);
            name(byName, ambiguous, name, o);
            name(byName, ambiguous, full, o);
            name(byName, ambiguous, strip(name), o);
        }
        Set<String> industries = new HashSet<>(jdbc.sql("select code from enterprise_industry_class").query(String.class)
                .list());
        return new Tables(Map.copyOf(byCode), Map.copyOf(byName), Set.copyOf(ambiguous), Set.copyOf(industries));
    }

    private static void name(Map<String, ResolvedRegion> byName, Set<String> ambiguous, String name, ResolvedRegion r) {
        ResolvedRegion previous = byName.putIfAbsent(name, r);
        if (previous != null && !previous.code().equals(r.code())) {
            ambiguous.add(name);
        }
    }

    private static String strip(String name) {
        return name.length() > 2 && name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
    }
}
