package cn.tenstrong.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 单位名录: resolves agency names as written in plan documents to canonical names.
 *
 * <p>Plain Java so that the command-line parser can use it without Spring; the database-backed
 * directory of the platform builds one from its rows with {@link #AgencyDirectory(List)}.
 * Matching is exact, then by alias, then on a normalised form (full/half width, spaces,
 * traditional characters, "山东省" written out instead of "省").
 */
public final class AgencyDirectory {

    /** Classpath location of the default directory. */
    public static final String DEFAULT_RESOURCE = "/org/agencies.csv";

    /** Traditional → simplified, only for characters that occur in agency names. */
    private static final String TRADITIONAL = "廳委會發與資訊財農衛體環態運輸設關門監場務稅廣電網辦數據應統計糧儲備藥總協聯組織傳銀險證濟區東國產業鏈頭單責領導業機構漁鄉遊藝術創營規質醫養療輕紡裝優勢際號長為實現達億萬個項處資貿易監辦開放糧們";
    private static final String SIMPLIFIED  = "厅委会发与资讯财农卫体环态运输设关门监场务税广电网办数据应统计粮储备药总协联组织传银险证济区东国产业链头单责领导业机构渔乡游艺术创营规质医养疗轻纺装优势际号长为实现达亿万个项处资贸易监办开放粮们";

    private final List<Agency> agencies;
    private final Map<String, Agency> byName = new HashMap<>();
    private final Map<String, Agency> byNormalisedName = new HashMap<>();

    /** Builds a directory from rows; later rows do not override names already taken. */
    public AgencyDirectory(List<Agency> rows) {
        this.agencies = List.copyOf(rows);
        for (Agency a : agencies) {
            register(a.name(), a);
            for (String alias : a.aliases()) {
                register(alias, a);
            }
        }
    }

    /** Loads the directory shipped with the application ({@code org/agencies.csv}). */
    public static AgencyDirectory loadDefault() {
        try (InputStream in = AgencyDirectory.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少单位名录文件 " + DEFAULT_RESOURCE);
            }
            return new AgencyDirectory(readCsv(in));
        } catch (IOException e) {
            throw new UncheckedIOException("读取单位名录失败", e);
        }
    }

    /** Reads rows {@code name,kind,aliases} (aliases separated by {@code |}, header line optional). */
    public static List<Agency> readCsv(InputStream in) throws IOException {
        List<Agency> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("name,")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            List<String> aliases = cols.length > 2
                    ? Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            rows.add(new Agency(cols[0].strip(), AgencyKind.fromCode(cols.length > 1 ? cols[1] : ""), aliases));
        }
        return rows;
    }

    /** All agencies, in file order. */
    public List<Agency> agencies() {
        return agencies;
    }

    /** The agency with this canonical name or alias, if known. */
    public Optional<Agency> find(String rawName) {
        if (rawName == null) {
            return Optional.empty();
        }
        String trimmed = rawName.strip();
        Agency a = byName.get(trimmed);
        if (a == null) {
            String n = normalise(trimmed);
            a = byNormalisedName.get(n);
            if (a == null && n.startsWith("山东省") && n.length() > 3) {
                a = byNormalisedName.get("省" + n.substring(3));
            }
        }
        return Optional.ofNullable(a);
    }

    /** Resolves a raw name; unknown names are kept as written (normalised) and flagged. */
    public AgencyMatch resolve(String rawName) {
        Optional<Agency> found = find(rawName);
        if (found.isPresent()) {
            return new AgencyMatch(rawName, found.get().name(), found.get().kind(), false);
        }
        String kept = rawName == null ? "" : normalise(rawName);
        return new AgencyMatch(rawName, kept, AgencyKind.OTHER, true);
    }

    private void register(String name, Agency a) {
        byName.putIfAbsent(name.strip(), a);
        byNormalisedName.putIfAbsent(normalise(name), a);
    }

    /** Full width → half width, whitespace removed, traditional → simplified. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            int t = TRADITIONAL.indexOf(c);
            if (t >= 0) {
                c = SIMPLIFIED.charAt(t);
            }
            b.append(c);
        }
        return b.toString();
    }
}
