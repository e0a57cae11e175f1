package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.org.AgencyDirectory;
import cn.tenstrong.org.AgencyMatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文层级: whose document this is. The agency directory is Shandong's, so "省发展改革委" in a document of 四川省 is
 * 四川省发展改革委, not 山东省's; "区发改局" in one of 立山区 is 立山区发改局. Names that a document of another
 * jurisdiction writes with a bare 省/市/区/县 are qualified with that jurisdiction before they are looked up, so they
 * become entries of their own (unknown until the administrator adds them) instead of borrowing Shandong's.
 * National documents (国务院, 国发/国办发) write their ministries by name (财政部, 发展改革委) and are looked up as written.
 *
 * <p>The issuer is read from the head of the document only (its first lines): a province, city, district or county
 * named with 人民政府, a title that opens with a province, or 国务院 / a 国发 or 国办发 number. A document that names
 * 山东, or names no issuer, is read as Shandong's.
 */
record Jurisdiction(Level level, String name) {

    enum Level { HOME, NATIONAL, PROVINCE, CITY, DISTRICT, COUNTY }

    static final Jurisdiction HOME = new Jurisdiction(Level.HOME, "");

    private static final int HEAD_LINES = 40;
    private static final Pattern NATIONAL = Pattern.compile("^(?:发文机关:)?(?:国务院|国发[〔(\\[]|国办发[〔(\\[]|国办函[〔(\\[])");
    private static final Pattern GOVERNMENT = Pattern.compile(
            "^(?:发文机关:)?(\\p{IsHan}{2,9}?(省|自治区|市|区|县))(?:人民政府|政府)");
    private static final Pattern PROVINCE_TITLE = Pattern.compile("^(\\p{IsHan}{2,3}?省)\\p{IsHan}");

    /** The jurisdiction of normalised document text. */
    static Jurisdiction of(String text) {
        String[] lines = text.split("\n", HEAD_LINES * 3);
        int seen = 0;
        Jurisdiction found = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > HEAD_LINES) {
                break;
            }
            if (line.contains("山东")) {
                return HOME;
            }
            if (found != null) {
                continue;
            }
            if (NATIONAL.matcher(line).find()) {
                found = new Jurisdiction(Level.NATIONAL, "");
                continue;
            }
            Matcher g = GOVERNMENT.matcher(line);
            if (g.find()) {
                found = new Jurisdiction(levelOf(g.group(2)), g.group(1));
                continue;
            }
            Matcher p = PROVINCE_TITLE.matcher(line);
            if (p.find()) {
                found = new Jurisdiction(Level.PROVINCE, p.group(1));
            }
        }
        return found == null ? HOME : found;
    }

    private static Level levelOf(String suffix) {
        return switch (suffix) {
            case "省", "自治区" -> Level.PROVINCE;
            case "市" -> Level.CITY;
            case "区" -> Level.DISTRICT;
            default -> Level.COUNTY;
        };
    }

    /** The name as this document means it: "省发改委" in 黑龙江省's document is 黑龙江省发改委. */
    String qualify(String raw) {
        String n = raw.strip();
        String own = switch (level) {
            case PROVINCE -> "省";
            case CITY -> "市";
            case DISTRICT -> "区";
            case COUNTY -> "县";
            default -> null;
        };
        if (own == null || n.length() < 3 || !n.startsWith(own) || n.startsWith(name)) {
            return n;
        }
        return name + n.substring(own.length());
    }

    /** Resolves a raw name in this document's jurisdiction. */
    AgencyMatch resolve(AgencyDirectory agencies, String raw) {
        return agencies.resolve(qualify(raw));
    }
}
