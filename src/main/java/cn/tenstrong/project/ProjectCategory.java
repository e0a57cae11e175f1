package cn.tenstrong.project;

import java.util.Arrays;
import java.util.Optional;

/** 项目类别 named in the plans; a project may be in several. */
public enum ProjectCategory {
    /** 省重大项目 */
    MAJOR("省重大项目"),
    /** 新旧动能转换优选项目 */
    OPTIMAL("新旧动能转换优选项目"),
    /** "双招双引"重点签约项目 */
    ATTRACTION("“双招双引”重点签约项目"),
    /** 重大产业攻关项目 */
    TACKLING("重大产业攻关项目");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a label (quotes of any kind or none) or a constant name. */
    public static Optional<ProjectCategory> parse(String text) {
        String t = strip(text);
        return Arrays.stream(values()).filter(c -> strip(c.label).equals(t) || c.name().equalsIgnoreCase(t)).findFirst();
    }

    private static String strip(String s) {
        return s == null ? "" : s.replaceAll("[\"'“”‘’「」\\s]", "");
    }
}
