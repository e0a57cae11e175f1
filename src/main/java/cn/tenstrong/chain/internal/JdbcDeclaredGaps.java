package cn.tenstrong.chain.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 专班认定短板, stored in {@code chain_declared_gap}; every change validated, version-checked and audited. */
@Service
class JdbcDeclaredGaps implements DeclaredGaps {

    static final String ENTITY = "chain.declared-gap";
    private static final String SELECT = """
            select g.*, s.name as segment_name from chain_declared_gap g
            join chain_segment s on s.chain_code = g.chain_code and s.code = g.segment_code
            """;

    private final JdbcClient jdbc;
    private final ChainDirectory chains;
    private final AuditTrail audit;
    private final CurrentUsers users;

    JdbcDeclaredGaps(JdbcClient jdbc, ChainDirectory chains, AuditTrail audit, CurrentUsers users) {
        this.jdbc = jdbc;
        this.chains = chains;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public List<DeclaredGap> active(String chainCode) {
        return jdbc.sql(SELECT + " where g.chain_code = :c and g.status = 'ACTIVE' order by s.sort_order, g.id")
                .param("c", chainCode).query(JdbcDeclaredGaps::map).list();
    }

    @Override
    public List<DeclaredGap> active() {
        return jdbc.sql(SELECT + " where g.status = 'ACTIVE' order by g.chain_code, s.sort_order, g.id")
                .query(JdbcDeclaredGaps::map).list();
    }

    @Override
    public List<DeclaredGap> all(String chainCode) {
        return jdbc.sql(SELECT + " where g.chain_code = :c order by g.status, s.sort_order, g.id").param("c", chainCode)
                .query(JdbcDeclaredGaps::map).list();
    }

    Optional<DeclaredGap> byId(long id) {
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(JdbcDeclaredGaps::map).optional();
    }

    @Override
    @Transactional
    public DeclaredGap add(String chainCode, String segmentCode, String term, String reason) {
        chains.summary(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
        requireEditor(chainCode);
        String segment = segmentCode == null ? "" : segmentCode.strip();
        chains.segment(chainCode, segment)
                .orElseThrow(() -> DomainException.invalid("环节“" + segment + "”不属于产业链" + chainCode));
        String t = Texts.required(term, "短板名称", 100);
        String r = Texts.required(reason, "认定理由", 2000);
        boolean duplicate = active(chainCode).stream().anyMatch(g -> g.segmentCode().equals(segment) && g.term().equals(t));
        if (duplicate) {
            throw DomainException.conflict("环节“" + segment + "”已认定短板“" + t + "”");
        }
        long id = insert(chainCode, segment, t, r, DeclaredGap.Origin.TASK_FORCE, null, null);
        DeclaredGap created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, Long.toString(id), null, created);
        return created;
    }

    /** Stores an entry the seed names (for the loader; the caller records the seed row and audits). */
    long insertSeed(String chainCode, String segmentCode, String term, int line, String quote) {
        return insert(chainCode, segmentCode, term, quote, DeclaredGap.Origin.SEED, line, quote);
    }

    private long insert(String chainCode, String segment, String term, String reason, DeclaredGap.Origin origin,
                        Integer line, String quote) {
        String actor = actor();
        return jdbc.sql("""
                insert into chain_declared_gap (chain_code, segment_code, term, reason, origin, seed_line, seed_quote,
                                                created_by, updated_by)
                values (:c, :s, :t, :r, :o, :line, :quote, :by, :by) returning id
                """).param("c", chainCode).param("s", segment).param("t", term).param("r", reason)
                .param("o", origin.name()).param("line", line).param("quote", quote).param("by", actor)
                .query(Long.class).single();
    }

    @Override
    @Transactional
    public DeclaredGap updateReason(long id, int version, String reason) {
        DeclaredGap before = require(id);
        requireEditor(before.chainCode());
        if (before.status() == DeclaredGap.Status.WITHDRAWN) {
            throw DomainException.invalid("短板“" + before.term() + "”已撤销，不能修改");
        }
        String r = Texts.required(reason, "认定理由", 2000);
        change(before, version, "reason = :v", r);
        DeclaredGap after = require(id);
        audit.record("UPDATE", ENTITY, Long.toString(id), before, after);
        return after;
    }

    @Override
    @Transactional
    public DeclaredGap withdraw(long id, int version, String note) {
        DeclaredGap before = require(id);
        requireEditor(before.chainCode());
        if (before.status() == DeclaredGap.Status.WITHDRAWN) {
            throw DomainException.conflict("短板“" + before.term() + "”已撤销");
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > 2000) {
            throw DomainException.invalid("撤销说明过长（最多2000字）");
        }
        change(before, version, "status = 'WITHDRAWN', withdrawn_note = :v", n);
        DeclaredGap after = require(id);
        audit.record("WITHDRAW", ENTITY, Long.toString(id), before, after);
        return after;
    }

    private void change(DeclaredGap before, int version, String assignment, String value) {
        int rows = jdbc.sql("update chain_declared_gap set " + assignment + """
                , updated_by = :by, updated_at = now(), version = version + 1 where id = :id and version = :version
                """).param("v", value).param("by", actor()).param("id", before.id()).param("version", version).update();
        if (rows != 1) {
            throw DomainException.conflict("短板“" + before.term() + "”已被他人修改，请刷新后重试");
        }
    }

    private DeclaredGap require(long id) {
        return byId(id).orElseThrow(() -> DomainException.notFound("专班认定短板不存在：" + id));
    }

    private void requireEditor(String chainCode) {
        if (users.current().isPresent() && !chains.canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以认定产业链“" + chainCode + "”的短板");
        }
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    private static DeclaredGap map(ResultSet rs, int row) throws SQLException {
        return new DeclaredGap(rs.getLong("id"), rs.getString("chain_code"), rs.getString("segment_code"),
                rs.getString("segment_name"), rs.getString("term"), rs.getString("reason"),
                DeclaredGap.Origin.valueOf(rs.getString("origin")), (Integer) rs.getObject("seed_line", Integer.class),
                rs.getString("seed_quote"), DeclaredGap.Status.valueOf(rs.getString("status")),
                rs.getString("withdrawn_note"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
