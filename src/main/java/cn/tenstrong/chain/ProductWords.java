package cn.tenstrong.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import cn.tenstrong.shared.CsvData;

/**
 * 产品词读法: whether a segment word found in a product text names what the enterprise makes. Three readings, each
 * from a list under {@code chain/} (part of the public-data version, so a changed list places the listed companies
 * again):
 * <ul>
 * <li>an <b>input qualifier</b> right after the word makes it an input for that product (农药中间体 is no pesticide;
 * {@code input-qualifiers.csv});</li>
 * <li>the <b>head of the product name</b> decides what it is — the last noun of the name, as Chinese puts it: a word
 * followed by 用/专用 and more (微特电机用换向器, 光刻胶专用化学品), by 类 and another segment's word (口服固体制剂类药用辅料),
 * or a product name that ends, after the word, with a head such as 引发剂, 去除剂, 配套, 零部件, 设备 (光刻胶光引发剂,
 * 动车组车辆配套, 轮胎检测设备) names that other thing ({@code product-heads.csv});</li>
 * <li>words inside a <b>market clause</b> — from an opener (应用于, 用于, 服务于, 面向, 为, 下游) to its closer (领域, 行业,
 * 客户, 市场 …, or 提供 after 为) within one sentence — describe the customers or fields served, not the product
 * ({@code market-clauses.csv}).</li>
 * </ul>
 * Texts and words are read normalised ({@link MatchText}). Immutable and thread-safe.
 */
public final class ProductWords {

    public static final String HEADS = "chain/product-heads.csv";
    public static final String MARKET_CLAUSES = "chain/market-clauses.csv";
    /** The longest market clause read as one (longer spans cross into the next statement). */
    static final int MAX_CLAUSE = 60;
    /** Characters that end a product name (list and clause punctuation, conjunctions, 的 and 等). */
    private static final String NAME_ENDS = ",、;:。()/ .及和与或的等\n\t";
    /** Characters that end a sentence, beyond which no market clause reaches. */
    private static final String SENTENCE_ENDS = ";。.\n";
    /**
     * Words a product name may end with without changing its head (光刻胶树脂两大系列 is still 光刻胶树脂, 液压件产品 is
     * still 液压件).
     */
    private static final List<String> GENERIC_TAILS = List.of("产品", "系列", "业务", "类");
    /** Counts before 大 that make a generic tail (两大系列, 三大业务). */
    private static final String TAIL_COUNTS = "一二两三四五六七八九十多几数";
    /** After 用, these make 用于/用途/用户, not a use qualifier. */
    private static final String NOT_CONNECTED = "于途户";

    /** {@link #qualifier}'s answer for a qualifier that takes the word away from every leaf. */
    public static final String ANY = "*";

    private static volatile ProductWords defaults;

    private final List<String> inputQualifiers;
    private final List<String> connectors;
    private final List<String> links;
    private final List<String> parts;
    private final List<Head> heads;
    private final List<Clause> clauses;

    /**
     * A head, and the words that mark a leaf as being of its kind (a machine leaf keeps 数控机床设备): for such a leaf
     * the head does not take the word away.
     */
    private record Head(String word, List<String> kin) {
    }

    /** An opener, its closers, and the characters right before it that make it no opener (主营业务为 is no 为…提供). */
    private record Clause(String opener, List<String> closers, String notAfter) {
    }

    private ProductWords(List<String> inputQualifiers, List<Map<String, String>> heads, List<Map<String, String>> clauses) {
        this.inputQualifiers = norm(inputQualifiers);
        this.connectors = norm(words(heads, "CONNECTOR"));
        this.links = norm(words(heads, "LINK"));
        this.parts = norm(words(heads, "PART"));
        this.heads = heads.stream().filter(h -> "HEAD".equals(h.get("kind")))
                .map(h -> new Head(MatchText.normalise(h.get("word").strip()), split(h.get("kin")))).toList();
        this.clauses = clauses.stream().map(c -> new Clause(MatchText.normalise(c.get("opener").strip()),
                split(c.get("closers")), String.join("", split(c.get("not_after")))))
                .filter(c -> !c.opener().isEmpty()).toList();
    }

    /** The lists bundled under {@code chain/} (read once). */
    public static ProductWords loadDefault() {
        ProductWords d = defaults;
        if (d == null) {
            d = of(CsvData.readClasspath(SegmentMatcher.INPUT_QUALIFIERS).stream().map(r -> r.get("qualifier")).toList());
            defaults = d;
        }
        return d;
    }

    /** The bundled heads and market clauses with the given input qualifiers (tests). */
    public static ProductWords of(List<String> inputQualifiers) {
        return new ProductWords(inputQualifiers, CsvData.readClasspath(HEADS), CsvData.readClasspath(MARKET_CLAUSES));
    }

    /**
     * What makes the word found from start up to (not including) end of a normalised text a qualifier of another product, or null when
     * nothing does: {@link #ANY} for an input qualifier right after it, a connector (用, 专用) followed by more of the
     * name, or a link (类) followed by another segment word ({@code wordStartsAt}); else the head the product name ends
     * with after it (设备, 配件 …), which makes it a qualifier only for leaves whose own words do not name that kind of
     * thing (MOCVD设备 is still a deposition leaf's equipment).
     */
    public String qualifier(String text, int start, int end, IntPredicate wordStartsAt) {
        for (String q : inputQualifiers) {
            if (text.startsWith(q, end)) {
                return ANY;
            }
        }
        int nameEnd = end;
        while (nameEnd < text.length() && NAME_ENDS.indexOf(text.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        String rest = stripGenericTails(text.substring(end, nameEnd));
        for (String c : connectors) {
            int after = end + c.length();
            if (text.startsWith(c, end) && after < text.length() && NAME_ENDS.indexOf(text.charAt(after)) < 0
                    && NOT_CONNECTED.indexOf(text.charAt(after)) < 0 && parts.stream().noneMatch(rest::endsWith)) {
                return ANY;
            }
        }
        for (String l : links) {
            if (text.startsWith(l, end) && wordStartsAt.test(end + l.length())) {
                return ANY;
            }
        }
        for (Head h : heads) {
            if (rest.endsWith(h.word())) {
                return h.word();
            }
        }
        return null;
    }

    /** Whether an input qualifier (中间体, 助剂 …) follows the word ending at {@code end}. */
    public boolean isInputQualified(String text, int end) {
        return inputQualifiers.stream().anyMatch(q -> text.startsWith(q, end));
    }

    /**
     * Whether a qualifier found by {@link #qualifier} takes the word away from a leaf with these (normalised) words:
     * always for {@link #ANY}; for a head, unless the leaf's words name the head or a word of its kin.
     */
    public boolean takesAway(String qualifier, Collection<String> leafWords) {
        if (qualifier == null) {
            return false;
        }
        if (ANY.equals(qualifier)) {
            return true;
        }
        List<String> kind = new ArrayList<>(List.of(qualifier));
        heads.stream().filter(h -> h.word().equals(qualifier)).forEach(h -> kind.addAll(h.kin()));
        return leafWords.stream().noneMatch(w -> kind.stream().anyMatch(w::contains));
    }

    /**
     * For each character of a normalised text, whether it lies inside a market clause: from an opener to the first of
     * its closers after it, taking the opener nearest that closer in the same sentence (so 主要产品为A,为B提供C marks
     * only B, and 用于A领域的B设备的研发 only A).
     */
    public boolean[] marketClauses(String text) {
        boolean[] inside = new boolean[text.length()];
        for (Clause c : clauses) {
            // a closer marks nothing before the end of the first opener: texts without the opener are skipped whole
            // (placing a large library reads every closer at every character otherwise)
            int first = text.indexOf(c.opener());
            if (first < 0) {
                continue;
            }
            for (int at = first + c.opener().length(); at < text.length(); at++) {
                if (closerAt(text, c, at) == 0) {
                    continue;
                }
                int open = openerBefore(text, c, at);
                for (int i = open; i >= 0 && i < at; i++) {
                    inside[i] = true;
                }
            }
        }
        return inside;
    }

    /**
     * A reading for one segment: its vocabulary (the words a text may name) and the names of its leaves, which with the
     * vocabulary tell what kind of thing the segment is (增材制造装备 keeps a 金属3D打印设备).
     */
    public Reading reading(Collection<String> vocabulary, Collection<String> segmentNames) {
        List<String> words = norm(new ArrayList<>(vocabulary));
        List<String> kinds = new ArrayList<>(words);
        kinds.addAll(norm(new ArrayList<>(segmentNames)));
        return new Reading(words, List.copyOf(kinds));
    }

    /** How one segment's words are read in a text (recommendations: which products and descriptions name it). */
    public final class Reading {

        private final List<String> words;
        private final List<String> kinds;

        private Reading(List<String> words, List<String> kinds) {
            this.words = words;
            this.kinds = kinds;
        }

        /**
         * Whether a text names the word as a product at least once, not only as a qualifier of another product. Market
         * clauses are not applied here: a chip designer whose chips serve 汽车电子 is a candidate for 汽车芯片.
         */
        public boolean namesProduct(String text, String word) {
            if (text == null || word == null || word.isBlank() || !text.contains(word)) {
                return false; // the cheap test first: most candidates' products do not contain the word at all
            }
            String t = MatchText.normalise(text);
            String w = MatchText.normalise(word);
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                String q = qualifier(t, at, at + w.length(), p -> words.stream().anyMatch(o -> t.startsWith(o, p)));
                if (!takesAway(q, kinds)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The start of the text after the nearest opener before {@code closer} in its sentence, or -1 when there is none
     * or another closer of the clause comes first (the clause was closed there).
     */
    private static int openerBefore(String text, Clause clause, int closer) {
        int from = Math.max(0, closer - MAX_CLAUSE);
        for (int i = closer - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
            if (text.startsWith(clause.opener(), i) && i + clause.opener().length() <= closer
                    && (i == 0 || clause.notAfter().indexOf(text.charAt(i - 1)) < 0)) {
                return i + clause.opener().length();
            }
            int closed = closerAt(text, clause, i);
            if (closed > 0 && i + closed <= closer) {
                return -1;
            }
        }
        return -1;
    }

    /** The length of a closer of the clause starting at {@code at}, 0 when none does. */
    private static int closerAt(String text, Clause clause, int at) {
        for (String closer : clause.closers()) {
            if (text.startsWith(closer, at)) {
                return closer.length();
            }
        }
        return 0;
    }

    /**
     * The name without the generic tails it ends with (all of them: 产品类 too), or the name itself when it is nothing
     * else. Read from the end: each tail's last character tells which tail it is, so there is one way to read them.
     */
    static String stripGenericTails(String s) {
        int end = s.length();
        for (int tail = genericTailBefore(s, end); tail > 0; tail = genericTailBefore(s, end)) {
            end -= tail;
        }
        return end == 0 ? s : s.substring(0, end);
    }

    /** The length of the generic tail ending at {@code end}, 0 when none does. */
    private static int genericTailBefore(String s, int end) {
        for (String tail : GENERIC_TAILS) {
            if (s.startsWith(tail, end - tail.length()) && end >= tail.length()) {
                return tail.length();
            }
        }
        return end >= 2 && s.charAt(end - 1) == '大' && TAIL_COUNTS.indexOf(s.charAt(end - 2)) >= 0 ? 2 : 0;
    }

    private static List<String> words(List<Map<String, String>> heads, String kind) {
        return heads.stream().filter(h -> kind.equals(h.get("kind"))).map(h -> h.get("word")).toList();
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of() : norm(List.of(cell.split("\\|")));
    }

    private static List<String> norm(List<String> words) {
        return words.stream().map(w -> MatchText.normalise(w.strip())).filter(w -> !w.isEmpty()).toList();
    }
}
