package cn.tenstrong.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 产业链目录文件读取与校验. Collects every problem before failing, so a data editor sees them all at once.
 */
final class CatalogReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FILE_KEYS = Set.of("industry", "chains");
    private static final Set<String> INDUSTRY_KEYS = Set.of("code", "name", "plan");
    private static final Set<String> CHAIN_KEYS = Set.of("code", "name", "basis", "source", "note",
            "upstream", "midstream", "downstream");
    private static final Set<String> SEGMENT_KEYS = Set.of("code", "name", "keywords", "products", "gbt", "children");

    private final Set<String> knownGbtCodes;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> chainFiles = new HashMap<>();

    private CatalogReader(Set<String> knownGbtCodes) {
        this.knownGbtCodes = knownGbtCodes;
    }

    /** Reads the files listed in a classpath index. */
    static List<Chain> readClasspath(ClassLoader loader, String indexResource, Set<String> knownGbtCodes) {
        String index = resourceText(loader, indexResource);
        String base = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.put(name, resourceText(loader, base + name));
            }
        }
        return read(files, knownGbtCodes);
    }

    /** Reads and validates catalog files (file name → YAML text). */
    static List<Chain> read(Map<String, String> yamlByFile, Set<String> knownGbtCodes) {
        CatalogReader reader = new CatalogReader(knownGbtCodes);
        List<Chain> chains = new ArrayList<>();
        yamlByFile.forEach((file, text) -> chains.addAll(reader.readFile(file, text)));
        if (!reader.problems.isEmpty()) {
            throw new ChainCatalogException(reader.problems);
        }
        return chains;
    }

    private static String resourceText(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ChainCatalogException(List.of("找不到产业链目录文件 " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("读取产业链目录文件 " + name + " 失败", e);
        }
    }

    private List<Chain> readFile(String file, String text) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (RuntimeException e) {
            problems.add("文件 " + file + "：YAML 格式错误：" + e.getMessage());
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            problems.add("文件 " + file + "：顶层应为映射（industry、chains）");
            return List.of();
        }
        unknownKeys(map, FILE_KEYS, "文件 " + file);
        Industry industry = readIndustry(file, map.get("industry"));
        List<Chain> chains = new ArrayList<>();
        if (!(map.get("chains") instanceof List<?> list) || list.isEmpty()) {
            problems.add("文件 " + file + "：缺少产业链清单 chains");
            return chains;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> chainMap) {
                Chain chain = readChain(file, industry, chainMap);
                if (chain != null) {
                    chains.add(chain);
                }
            } else {
                problems.add("文件 " + file + "：chains 的每一项应为映射");
            }
        }
        return chains;
    }

    private Industry readIndustry(String file, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add("文件 " + file + "：缺少产业 industry（code、name、plan）");
            return new Industry("?", "?", "?");
        }
        unknownKeys(map, INDUSTRY_KEYS, "文件 " + file + " 的 industry");
        String where = "文件 " + file + " 的 industry";
        return new Industry(requiredText(map, "code", where), requiredText(map, "name", where),
                requiredText(map, "plan", where));
    }

    private Chain readChain(String file, Industry industry, Map<?, ?> map) {
        String code = text(map.get("code"));
        String name = text(map.get("name"));
        String where = "文件 " + file + "，产业链 " + name + "（" + code + "）";
        unknownKeys(map, CHAIN_KEYS, where);
        if (code.isEmpty() || !SLUG.matcher(code).matches()) {
            problems.add(where + "：代码应为小写字母、数字和连字符组成的标识");
        }
        String earlier = chainFiles.putIfAbsent(code, file);
        if (earlier != null) {
            problems.add(where + "：产业链代码与文件 " + earlier + " 中的产业链重复");
        }
        if (name.isEmpty()) {
            problems.add(where + "：缺少名称 name");
        }
        String source = requiredText(map, "source", where);
        ChainBasis basis = ChainBasis.NAMED_IN_SEED;
        try {
            basis = ChainBasis.valueOf(text(map.get("basis")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "：出处类型 basis 应为 NAMED_IN_SEED 或 DERIVED_FROM_SEED");
        }
        Set<String> segmentCodes = new HashSet<>();
        List<ChainSegment> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            String key = stage.name().toLowerCase(Locale.ROOT);
            Object children = map.get(key);
            if (!(children instanceof List<?> list) || list.isEmpty()) {
                problems.add(where + "：缺少" + stage.label() + "环节 " + key);
                continue;
            }
            segmentCodes.add(key);
            List<ChainSegment> kids = readChildren(where, code, stage, 1, key, list, List.of(), segmentCodes);
            stages.add(new ChainSegment(code, key, stage.label(), stage, 0, null, List.of(), List.of(), List.of(),
                    kids));
        }
        return new Chain(code, name, industry, basis, source, text(map.get("note")), stages, file);
    }

    private List<ChainSegment> readChildren(String where, String chainCode, Stage stage, int depth, String parent,
                                            List<?> items, List<String> inheritedGbt, Set<String> seen) {
        List<ChainSegment> result = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                problems.add(where + "：" + stage.label() + "下的环节应为映射");
                continue;
            }
            String code = text(map.get("code"));
            String name = text(map.get("name"));
            String at = where + "，环节 " + name + "（" + code + "）";
            unknownKeys(map, SEGMENT_KEYS, at);
            if (code.isEmpty() || !SLUG.matcher(code).matches()) {
                problems.add(at + "：代码应为小写字母、数字和连字符组成的标识");
            } else if (!seen.add(code)) {
                problems.add(at + "：环节代码在本产业链内重复");
            }
            if (name.isEmpty()) {
                problems.add(at + "：缺少名称 name");
            }
            List<String> gbt = gbtCodes(at, map.get("gbt"));
            List<String> effectiveGbt = gbt.isEmpty() ? inheritedGbt : gbt;
            List<String> keywords = textList(at, "keywords", map.get("keywords"));
            List<String> products = textList(at, "products", map.get("products"));
            List<ChainSegment> children = List.of();
            if (map.get("children") instanceof List<?> list && !list.isEmpty()) {
                children = readChildren(where, chainCode, stage, depth + 1, code, list, effectiveGbt, seen);
            } else {
                if (keywords.isEmpty()) {
                    problems.add(at + "：末级环节缺少关键词 keywords");
                }
                if (effectiveGbt.isEmpty()) {
                    problems.add(at + "：末级环节缺少国民经济行业分类代码 gbt（本级或上级均未给出）");
                }
            }
            result.add(new ChainSegment(chainCode, code, name, stage, depth, parent, keywords, products, effectiveGbt,
                    children));
        }
        return result;
    }

    private List<String> gbtCodes(String at, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof String s)) {
            // unquoted 0141 would be read as an octal number, so codes must be quoted text
            problems.add(at + "：行业分类代码 gbt 须写成加引号的文本，如 \"3973 3985\"");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String code : s.trim().split("[\\s,，]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!knownGbtCodes.contains(code)) {
                problems.add(at + "：行业分类代码 " + code + " 不是 GB/T 4754-2017 的4位小类代码");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private List<String> textList(String at, String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(at + "：" + key + " 应为列表");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            String t = text(o);
            if (t.isEmpty()) {
                problems.add(at + "：" + key + " 含有空项");
            } else if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private String requiredText(Map<?, ?> map, String key, String where) {
        String t = text(map.get(key));
        if (t.isEmpty()) {
            problems.add(where + "：缺少 " + key);
        }
        return t;
    }

    private void unknownKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                problems.add(where + "：未知字段 " + key + "（允许的字段：" + String.join("、", allowed.stream().sorted().toList()) + "）");
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
