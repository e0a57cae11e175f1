package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SchemeRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 方案库: loads every scheme file at start into {@code evaluation_scheme}, one row per code and version. A version
 * once loaded is never changed: a file whose content differs from the stored version stops the start with a message
 * (a changed scheme is a new version, so finished rounds keep the one they used).
 */
@Service
@Order(85) // reference data: after the modules evaluation builds on (up to 80), before the demo rounds (90)
class SchemeCatalog implements EvaluationSchemes, ApplicationRunner {

    static final String LOCATION = "classpath*:evaluation/schemes/*.yaml";

    private final EvaluationRows rows;
    private final Map<Long, Scheme> parsed = new ConcurrentHashMap<>();

    SchemeCatalog(EvaluationRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            byte[] content = r.getContentAsByteArray();
            String file = r.getFilename();
            Scheme s = SchemeReader.read(new ByteArrayInputStream(content), file, PlatformMetrics.METRICS);
            String sha = sha256(content);
            var stored = rows.scheme(s.code(), s.version());
            if (stored.isPresent()) {
                if (!stored.get().contentSha().equals(sha)) {
                    throw new IllegalStateException("评价方案 " + file + " 的版本 " + s.version()
                            + " 已载入且内容不同：修改方案请提高 version，已完成的评价仍使用原版本");
                }
                continue;
            }
            rows.insertScheme(new SchemeRow(0, s.code(), s.version(), s.name(), s.subjectType(), file,
                    new String(content, StandardCharsets.UTF_8), sha, s.usable(), s.demo()));
        }
    }

    @Override
    public List<SchemeView> schemes() {
        return rows.schemes().stream().map(r -> view(r, definition(r))).toList();
    }

    @Override
    public SchemeView scheme(long id) {
        SchemeRow r = row(id);
        return view(r, definition(r));
    }

    SchemeRow row(long id) {
        return rows.scheme(id).orElseThrow(() -> DomainException.notFound("评价方案不存在：" + id));
    }

    /** The newest version of a scheme code, or the given one. */
    SchemeRow row(String code, Integer version) {
        return rows.schemes().stream().filter(r -> r.code().equals(code))
                .filter(r -> version == null || r.version() == version)
                .reduce((a, b) -> b)
                .orElseThrow(() -> DomainException.invalid("schemeCode", "评价方案不存在：" + code
                        + (version == null ? "" : " 版本 " + version)));
    }

    /** The stored definition of a scheme version (parsed once). */
    Scheme definition(SchemeRow r) {
        return parsed.computeIfAbsent(r.id(), id -> SchemeReader.read(new ByteArrayInputStream(
                r.content().getBytes(StandardCharsets.UTF_8)), r.sourceFile(), PlatformMetrics.METRICS));
    }

    static SchemeView view(SchemeRow r, Scheme s) {
        SchemeView.AwardRule award = s.award() == null ? null : new SchemeView.AwardRule(s.award().topN(),
                s.award().perCohort(), s.award().base(), s.award().upTo(), s.award().budget(),
                s.award().notTwiceInYear(), s.award().quote());
        return new SchemeView(r.id(), s.code(), s.version(), s.name(), s.subjectType(), s.unit().name(), s.total(),
                s.usable(), s.demo(), s.basis(), indicators(s.groups()), award, flags(s),
                List.copyOf(s.weightSets().keySet()));
    }

    private static List<SchemeView.Flag> flags(Scheme s) {
        java.util.Map<String, SchemeView.Flag> out = new java.util.LinkedHashMap<>();
        for (Gate g : s.gates()) {
            if (g instanceof Gate.Veto v) {
                out.putIfAbsent(v.flag(), new SchemeView.Flag(v.flag(), "VETO", v.reason()));
            } else if (g instanceof Gate.Qualification q) {
                q.directFlags().forEach(f -> out.putIfAbsent(f, new SchemeView.Flag(f, "DIRECT", null)));
            }
        }
        if (s.award() != null) {
            s.award().excludeFlags().forEach(f -> out.putIfAbsent(f, new SchemeView.Flag(f, "EXCLUDE", null)));
        }
        return List.copyOf(out.values());
    }

    private static List<SchemeView.Indicator> indicators(List<Scheme.Node> nodes) {
        List<SchemeView.Indicator> out = new ArrayList<>();
        for (Scheme.Node n : nodes) {
            Scheme.Leaf l = n.leaf();
            out.add(new SchemeView.Indicator(n.code(), n.name(), n.weight(), n.status(), l == null ? null : l.unit(),
                    l == null ? null : l.direction().name(), l == null ? null : l.source().name(),
                    l == null ? null : l.metric(), l == null ? null : RuleText.of(l.rule()), indicators(n.children()),
                    l == null ? null : l.min(), l == null ? null : l.max(), l != null && l.rule().needsBase()));
        }
        return out;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
