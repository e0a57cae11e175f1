package cn.tenstrong.enterprise;

import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainSegment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * 模拟企业生成器: deterministic synthetic enterprises for demos and scale tests.
 *
 * <p>Enterprise {@code i} depends only on (seed, i), so a stream of any length holds nothing in memory,
 * can run in parallel and can be regenerated piecewise. Texts come from the chain catalog's segment
 * vocabularies; a share of enterprises lies outside every chain, as in a real register.
 */
public final class SyntheticEnterpriseGenerator {

    /** Share of enterprises registered in Shandong; the rest spread over other provinces' main cities. */
    static final double SHANDONG_SHARE = 0.75;
    /** Share of enterprises whose business lies outside every catalog chain. */
    static final double OFF_CHAIN_SHARE = 0.2;
    /** 主体标识码 issued since the USCC reform (Oct 2015) start with MA; older ones keep the 8-digit org code. */
    static final LocalDate USCC_REFORM = LocalDate.of(2015, 10, 1);
    static final LocalDate LATEST_FOUNDING = LocalDate.of(2025, 12, 31);

    private static final long DIGIT_SPACE = 100_000_000L;       // 8 digits
    private static final long MA_SPACE = 887_503_681L;          // 31^6
    private static final long DIGIT_MULTIPLIER = 48_271_723L;   // odd and not a multiple of 5: a bijection mod 10^8
    private static final long MA_MULTIPLIER = 16_807_093L;      // not a multiple of 31: a bijection mod 31^6

    private final long seed;
    private final List<Leaf> leaves;
    private final RegionTable regions;
    private final NameVocabulary vocabulary;

    private record Leaf(Chain chain, ChainSegment segment) {
    }

    /** A generator over the given catalog, region tables and name vocabulary. */
    SyntheticEnterpriseGenerator(ChainCatalog catalog, RegionTable regions, NameVocabulary vocabulary, long seed) {
        this.seed = seed;
        this.regions = regions;
        this.vocabulary = vocabulary;
        List<Leaf> list = new ArrayList<>();
        for (Chain chain : catalog.chains()) {
            chain.leaves().forEach(l -> list.add(new Leaf(chain, l)));
        }
        this.leaves = List.copyOf(list);
    }

    /** A generator over the given catalog and the bundled region tables and name vocabulary. */
    public static SyntheticEnterpriseGenerator of(ChainCatalog catalog, long seed) {
        return new SyntheticEnterpriseGenerator(catalog, RegionTable.loadDefault(), NameVocabulary.loadDefault(), seed);
    }

    /** A generator over the bundled catalog and regions. */
    public static SyntheticEnterpriseGenerator withDefaults(long seed) {
        return of(ChainCatalog.loadDefault(), seed);
    }

    /** The first {@code count} enterprises, in index order. */
    public Stream<SyntheticEnterprise> stream(long count) {
        if (count < 0 || count > DIGIT_SPACE) {
            throw new IllegalArgumentException("模拟企业数量应在0到" + DIGIT_SPACE + "之间");
        }
        return LongStream.range(0, count).mapToObj(this::enterprise);
    }

    /** The enterprise at an index; the same (seed, index) always gives the same enterprise. */
    public SyntheticEnterprise enterprise(long index) {
        SplittableRandom random = random(index);
        Basics basics = basics(random);
        Region region = basics.region();
        double size = basics.size();
        long capital = basics.capital();
        long revenue = basics.revenue();
        int employees = basics.employees();
        LocalDate founded = basics.founded();

        String industryCode;
        String industryWord;
        String scope;
        String products;
        Leaf leaf = null;
        if (random.nextDouble() < OFF_CHAIN_SHARE) {
            List<String> off = pick(random, vocabulary.offChain());
            industryCode = off.get(0);
            industryWord = off.get(1);
            scope = off.get(2);
            products = off.get(3);
        } else {
            leaf = pick(random, leaves);
            ChainSegment s = leaf.segment();
            industryCode = pick(random, s.gbtCodes());
            industryWord = pick(random, vocabulary.industryWords(industryCode));
            scope = scope(random, s, industryCode);
            products = products(random, s);
        }
        String tradeName = tradeName(random);
        String form = capital >= 5000 && random.nextDouble() < 0.3 ? "股份有限公司" : "有限公司";
        String name = region.shortName() + tradeName + industryWord + form + SyntheticEnterprise.MARKER;
        String uscc = uscc(region.code(), index, founded);
        EnumSet<EnterpriseTag> tags = tags(random, size, leaf != null, form);
        return new SyntheticEnterprise(index, uscc, name, region.code(), region.fullName(), industryCode,
                leaf == null ? null : leaf.chain().code(), leaf == null ? null : leaf.segment().code(),
                scope, products, capital, revenue, employees, founded, tags, true);
    }

    /**
     * The USCC of the enterprise at an index without the rest of it: only the first draws, which it depends on (a
     * load's first pass asks the library about millions of them).
     */
    public String uscc(long index) {
        Basics basics = basics(random(index));
        return uscc(basics.region().code(), index, basics.founded());
    }

    private SplittableRandom random(long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
    }

    /** What an enterprise draws first, in this order: where it is, how large, when founded. */
    private record Basics(Region region, double size, long capital, long revenue, int employees, LocalDate founded) {
    }

    private Basics basics(SplittableRandom random) {
        Region region = random.nextDouble() < SHANDONG_SHARE
                ? pick(random, regions.shandong()) : pick(random, regions.elsewhere());
        // one latent size drives capital, revenue, staff and honours, so they stay consistent with each other
        double size = random.nextGaussian();
        long capital = roundNicely(Math.exp(Math.log(300) + 1.5 * size + 0.6 * random.nextGaussian()));
        long revenue = Math.max(1, Math.round(Math.exp(Math.log(600) + 1.8 * size + 0.8 * random.nextGaussian())));
        int employees = (int) Math.max(1, Math.min(200_000,
                Math.round(Math.exp(Math.log(18) + 1.3 * size + 0.5 * random.nextGaussian()))));
        return new Basics(region, size, capital, revenue, employees, foundingDate(random, size));
    }

    /** 91 (工商, 企业) + region + a 主体标识码 unique per index + check characters. */
    static String uscc(String regionCode, long index, LocalDate founded) {
        String body;
        if (founded.isBefore(USCC_REFORM)) {
            long n = Math.floorMod(index * DIGIT_MULTIPLIER + 12_345_679L, DIGIT_SPACE);
            body = String.format("%08d", n);
        } else {
            long n = Math.floorMod(index * MA_MULTIPLIER + 7_777_777L, MA_SPACE);
            StringBuilder b = new StringBuilder("MA");
            char[] six = new char[6];
            for (int i = 5; i >= 0; i--) {
                six[i] = Uscc.CHARSET.charAt((int) (n % 31));
                n /= 31;
            }
            body = b.append(six).toString();
        }
        return Uscc.withCheckDigit("91" + regionCode + body + Uscc.organizationCodeCheckChar(body));
    }

    /** Wording follows the register: makers 研发、生产、销售 their products, service firms list their services. */
    private static String scope(SplittableRandom random, ChainSegment s, String industryCode) {
        List<String> kw = s.keywords();
        String first = pick(random, kw);
        String second = pick(random, kw);
        int division = Integer.parseInt(industryCode.substring(0, 2));
        boolean maker = division >= 13 && division <= 43;
        boolean technical = maker || division == 65 || division == 64 || division == 73 || division == 75;
        StringBuilder b = new StringBuilder("一般项目：").append(first);
        if (maker) {
            b.append("的研发、生产、销售");
        }
        if (!second.equals(first)) {
            b.append("；").append(second).append(maker ? "销售" : "");
        }
        if (technical) {
            b.append("；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广");
        }
        if (maker && random.nextBoolean()) {
            b.append("；货物进出口；技术进出口");
        }
        return b.append("（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）").toString();
    }

    private static String products(SplittableRandom random, ChainSegment s) {
        List<String> pool = s.products().isEmpty() ? s.keywords() : s.products();
        String first = pick(random, pool);
        String second = pick(random, pool);
        return second.equals(first) ? first : first + "、" + second;
    }

    private String tradeName(SplittableRandom random) {
        String chars = vocabulary.tradeNameChars();
        char a = chars.charAt(random.nextInt(chars.length()));
        char b;
        do {
            b = chars.charAt(random.nextInt(chars.length()));
        } while (b == a);
        return "" + a + b;
    }

    /** More enterprises are young (registrations grew fast), and the bigger ones are older. */
    private static LocalDate foundingDate(SplittableRandom random, double size) {
        double ageYears = -Math.log(1 - random.nextDouble()) * 8.0 + Math.max(0, size) * 4.0;
        long days = Math.min(Math.round(ageYears * 365.25), 45L * 365);
        return LATEST_FOUNDING.minusDays(days);
    }

    /**
     * Honours at realistic low rates (a few in a thousand for 专精特新, far fewer for 小巨人, 单项冠军 and
     * listings), more likely the larger the enterprise, and only on chain enterprises except 高新技术企业.
     */
    private static EnumSet<EnterpriseTag> tags(SplittableRandom random, double size, boolean onChain, String form) {
        EnumSet<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
        double lift = Math.exp(0.9 * size);
        if (onChain && random.nextDouble() < Math.min(0.5, 0.03 * lift)) {
            tags.add(EnterpriseTag.HIGH_TECH);
        }
        if (!onChain) {
            return tags;
        }
        if (random.nextDouble() < Math.min(0.2, 0.004 * lift)) {
            tags.add(EnterpriseTag.SPECIALISED);
            if (random.nextDouble() < 0.08) {
                tags.add(EnterpriseTag.LITTLE_GIANT);
            }
        }
        if (random.nextDouble() < Math.min(0.05, 0.001 * lift)) {
            tags.add(EnterpriseTag.GAZELLE);
        }
        if (size > 2.0 && random.nextDouble() < 0.01) {
            tags.add(EnterpriseTag.SINGLE_CHAMPION);
        }
        if (size > 2.3 && form.equals("股份有限公司") && random.nextDouble() < 0.2) {
            tags.add(EnterpriseTag.LISTED);
        }
        return tags;
    }

    /** Registered capital is declared in round figures: 10, 50, 100, 120, 500, 3000 万元 … */
    static long roundNicely(double value) {
        if (value < 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.max(1, Math.round(Math.round(value / magnitude) * magnitude));
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
