package cn.tenstrong.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 产业链目录: the key chains of every 十强产业 plan, read from YAML files, validated on load.
 * Immutable; load once and share.
 */
public final class ChainCatalog {

    /** Classpath resource listing the catalog files, one a line. */
    public static final String DEFAULT_INDEX = "chain/catalog/index.txt";

    private final List<Industry> industries;
    private final List<Chain> chains;
    private final Map<String, Chain> chainsByCode;

    private ChainCatalog(List<Chain> chains) {
        this.chains = List.copyOf(chains);
        this.chainsByCode = chains.stream()
                .collect(Collectors.toMap(Chain::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.industries = chains.stream().map(Chain::industry).distinct().toList();
    }

    /** Reads the catalog shipped on the classpath and checks GB/T codes against the bundled GB/T 4754-2017. */
    public static ChainCatalog loadDefault() {
        ClassLoader loader = ChainCatalog.class.getClassLoader();
        return new ChainCatalog(CatalogReader.readClasspath(loader, DEFAULT_INDEX,
                IndustryClassification.loadDefault().classCodes()));
    }

    /**
     * A catalog over chains built elsewhere (e.g. the stored, edited catalog the platform reads from its
     * database); the chains are taken as they are.
     */
    public static ChainCatalog of(List<Chain> chains) {
        return new ChainCatalog(chains);
    }

    /**
     * Reads catalog files given as text (file name → YAML), for tools and tests.
     *
     * @throws ChainCatalogException listing every problem found
     */
    public static ChainCatalog fromYaml(Map<String, String> yamlByFile, Set<String> knownGbtCodes) {
        return new ChainCatalog(CatalogReader.read(yamlByFile, knownGbtCodes));
    }

    /** 产业 (plans) in catalog order. */
    public List<Industry> industries() {
        return industries;
    }

    /** 全部产业链. */
    public List<Chain> chains() {
        return chains;
    }

    /** The chains of one industry. */
    public List<Chain> chains(String industryCode) {
        return chains.stream().filter(c -> c.industry().code().equals(industryCode)).toList();
    }

    /** A chain by code. */
    public Optional<Chain> chain(String code) {
        return Optional.ofNullable(chainsByCode.get(code));
    }

    /** A segment by "chainCode/segmentCode". */
    public Optional<ChainSegment> segment(String qualifiedCode) {
        int slash = qualifiedCode.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return chain(qualifiedCode.substring(0, slash)).flatMap(c -> c.segment(qualifiedCode.substring(slash + 1)));
    }

    /** Every leaf segment of every chain. */
    public List<ChainSegment> leaves() {
        return chains.stream().flatMap(c -> c.leaves().stream()).toList();
    }
}
