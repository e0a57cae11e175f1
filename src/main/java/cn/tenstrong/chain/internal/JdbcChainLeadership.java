package cn.tenstrong.chain.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainAlliance;
import cn.tenstrong.chain.ChainChief;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainLeadership;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.SupportAgency;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 链长制 stored in {@code chain_chief}, {@code chain_support_agency} and {@code chain_alliance}. */
@Service
class JdbcChainLeadership implements ChainLeadership {

    static final String CHIEF = "chain.chief";
    static final String AGENCY = "chain.support-agency";
    static final String ALLIANCE = "chain.alliance";

    private final JdbcClient jdbc;
    private final ChainDirectory chains;
    private final OrgDirectory orgs;
    private final AuditTrail audit;
    private final CurrentUsers users;

    JdbcChainLeadership(JdbcClient jdbc, ChainDirectory chains, OrgDirectory orgs, AuditTrail audit, CurrentUsers users) {
        this.jdbc = jdbc;
        this.chains = chains;
        this.orgs = orgs;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public Optional<ChainChief> chief(String chainCode) {
        return jdbc.sql("select * from chain_chief where chain_code = :c").param("c", chainCode)
                .query((rs, n) -> new ChainChief(rs.getString("chain_code"), rs.getString("name"), rs.getString("post"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .optional();
    }

    @Override
    @Transactional
    public ChainChief setChief(String chainCode, int version, String name, String post) {
        requireChain(chainCode);
        requireAdministrator(chainCode);
        String n = Texts.required(name, "name", "链长姓名", 50);
        String p = Texts.required(post, "post", "链长职务", 100);
        Optional<ChainChief> before = chief(chainCode);
        int rows;
        if (before.isEmpty()) {
            if (version != 0) {
                throw stale(chainCode);
            }
            rows = jdbc.sql("""
                    insert into chain_chief (chain_code, name, post, updated_by) values (:c, :n, :p, :by)
                    on conflict (chain_code) do nothing
                    """).param("c", chainCode).param("n", n).param("p", p).param("by", actor()).update();
        } else {
            rows = jdbc.sql("""
                    update chain_chief set name = :n, post = :p, updated_by = :by, updated_at = now(),
                        version = version + 1 where chain_code = :c and version = :v
                    """).param("c", chainCode).param("n", n).param("p", p).param("by", actor()).param("v", version)
                    .update();
        }
        if (rows != 1) {
            throw stale(chainCode);
        }
        ChainChief after = chief(chainCode).orElseThrow();
        audit.record(before.isEmpty() ? "CREATE" : "UPDATE", CHIEF, chainCode, before.orElse(null), after);
        return after;
    }

    @Override
    @Transactional
    public void clearChief(String chainCode, int version) {
        requireChain(chainCode);
        requireAdministrator(chainCode);
        ChainChief before = chief(chainCode)
                .orElseThrow(() -> DomainException.notFound("产业链“" + chainCode + "”尚未录入链长"));
        if (jdbc.sql("delete from chain_chief where chain_code = :c and version = :v").param("c", chainCode)
                .param("v", version).update() != 1) {
            throw stale(chainCode);
        }
        audit.record("DELETE", CHIEF, chainCode, before, null);
    }

    @Override
    public List<SupportAgency> agencies(String chainCode) {
        List<AgencyRow> rows = jdbc.sql("select * from chain_support_agency where chain_code = :c order by id")
                .param("c", chainCode).query(JdbcChainLeadership::agencyRow).list();
        Map<Long, Organization> names = orgs.organizations(rows.stream().map(AgencyRow::organizationId).toList());
        return rows.stream().map(r -> r.view(names.get(r.organizationId()))).toList();
    }

    @Override
    @Transactional
    public SupportAgency addAgency(String chainCode, long organizationId, String duty) {
        requireChain(chainCode);
        requireEditor(chainCode);
        Organization org = orgs.organization(organizationId)
                .orElseThrow(() -> DomainException.invalid("organizationId", "机构不存在：" + organizationId));
        if (org.kind() == OrganizationKind.PLACEHOLDER) {
            throw DomainException.invalid("organizationId", "“" + org.name() + "”是集合称谓，不能作为包挂单位，请选择具体单位");
        }
        String d = Texts.optional(duty, "duty", "包挂职责", 500);
        boolean exists = jdbc.sql("select exists (select 1 from chain_support_agency where chain_code = :c and organization_id = :o)")
                .param("c", chainCode).param("o", organizationId).query(Boolean.class).single();
        if (exists) {
            throw DomainException.conflict("“" + org.name() + "”已是本链的包挂单位");
        }
        long id = jdbc.sql("""
                insert into chain_support_agency (chain_code, organization_id, duty, created_by, updated_by)
                values (:c, :o, :d, :by, :by) returning id
                """).param("c", chainCode).param("o", organizationId).param("d", d).param("by", actor())
                .query(Long.class).single();
        SupportAgency created = agency(id);
        audit.record("CREATE", AGENCY, Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public SupportAgency updateAgency(long id, int version, String duty) {
        SupportAgency before = agency(id);
        requireEditor(before.chainCode());
        String d = Texts.optional(duty, "duty", "包挂职责", 500);
        if (jdbc.sql("""
                update chain_support_agency set duty = :d, updated_by = :by, updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("d", d).param("by", actor()).param("id", id).param("v", version).update() != 1) {
            throw DomainException.conflict("包挂单位“" + before.organizationName() + "”已被他人修改，请刷新后重试");
        }
        SupportAgency after = agency(id);
        audit.record("UPDATE", AGENCY, Long.toString(id), before, after);
        return after;
    }

    @Override
    @Transactional
    public void removeAgency(long id, int version) {
        SupportAgency before = agency(id);
        requireEditor(before.chainCode());
        if (jdbc.sql("delete from chain_support_agency where id = :id and version = :v").param("id", id)
                .param("v", version).update() != 1) {
            throw DomainException.conflict("包挂单位“" + before.organizationName() + "”已被他人修改，请刷新后重试");
        }
        audit.record("DELETE", AGENCY, Long.toString(id), before, null);
    }

    @Override
    public List<ChainAlliance> alliances(String chainCode) {
        return jdbc.sql("select * from chain_alliance where chain_code = :c order by id").param("c", chainCode)
                .query(JdbcChainLeadership::alliance).list();
    }

    @Override
    @Transactional
    public ChainAlliance addAlliance(String chainCode, String name, String kind, String note) {
        requireChain(chainCode);
        requireEditor(chainCode);
        AllianceFields f = allianceFields(name, kind, note);
        requireUniqueName(chainCode, f.name(), 0);
        long id = jdbc.sql("""
                insert into chain_alliance (chain_code, name, kind, note, created_by, updated_by)
                values (:c, :n, :k, :note, :by, :by) returning id
                """).param("c", chainCode).param("n", f.name()).param("k", f.kind().name()).param("note", f.note())
                .param("by", actor()).query(Long.class).single();
        ChainAlliance created = alliance(id);
        audit.record("CREATE", ALLIANCE, Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public ChainAlliance updateAlliance(long id, int version, String name, String kind, String note) {
        ChainAlliance before = alliance(id);
        requireEditor(before.chainCode());
        AllianceFields f = allianceFields(name, kind, note);
        requireUniqueName(before.chainCode(), f.name(), id);
        if (jdbc.sql("""
                update chain_alliance set name = :n, kind = :k, note = :note, updated_by = :by, updated_at = now(),
                    version = version + 1 where id = :id and version = :v
                """).param("n", f.name()).param("k", f.kind().name()).param("note", f.note()).param("by", actor())
                .param("id", id).param("v", version).update() != 1) {
            throw DomainException.conflict("“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        ChainAlliance after = alliance(id);
        audit.record("UPDATE", ALLIANCE, Long.toString(id), before, after);
        return after;
    }

    @Override
    @Transactional
    public void removeAlliance(long id, int version) {
        ChainAlliance before = alliance(id);
        requireEditor(before.chainCode());
        if (jdbc.sql("delete from chain_alliance where id = :id and version = :v").param("id", id).param("v", version)
                .update() != 1) {
            throw DomainException.conflict("“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        audit.record("DELETE", ALLIANCE, Long.toString(id), before, null);
    }

    @Override
    public boolean canEditChief() {
        return users.current().map(u -> u.has(Role.SYS_ADMIN)).orElse(false);
    }

    private record AllianceFields(String name, ChainAlliance.Kind kind, String note) {
    }

    private static AllianceFields allianceFields(String name, String kind, String note) {
        String n = Texts.required(name, "name", "联盟/协会名称", 100);
        ChainAlliance.Kind k = ChainAlliance.Kind.parse(kind)
                .orElseThrow(() -> DomainException.invalid("kind", "类型应为联盟、协会或创新联合体：" + (kind == null ? "" : kind)));
        return new AllianceFields(n, k, Texts.optional(note, "note", "备注", 1000));
    }

    private void requireUniqueName(String chainCode, String name, long exceptId) {
        boolean taken = jdbc.sql("select exists (select 1 from chain_alliance where chain_code = :c and name = :n and id <> :id)")
                .param("c", chainCode).param("n", name).param("id", exceptId).query(Boolean.class).single();
        if (taken) {
            throw DomainException.conflict("本链已登记“" + name + "”");
        }
    }

    private SupportAgency agency(long id) {
        AgencyRow row = jdbc.sql("select * from chain_support_agency where id = :id").param("id", id)
                .query(JdbcChainLeadership::agencyRow).optional()
                .orElseThrow(() -> DomainException.notFound("包挂单位记录不存在：" + id));
        return row.view(orgs.organization(row.organizationId()).orElse(null));
    }

    private ChainAlliance alliance(long id) {
        return jdbc.sql("select * from chain_alliance where id = :id").param("id", id)
                .query(JdbcChainLeadership::alliance).optional()
                .orElseThrow(() -> DomainException.notFound("联盟/协会记录不存在：" + id));
    }

    private ChainSummary requireChain(String chainCode) {
        return chains.summary(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
    }

    private void requireAdministrator(String chainCode) {
        if (!canEditChief()) {
            throw DomainException.forbidden("只有系统管理员可以录入产业链“" + chainCode + "”的链长");
        }
    }

    private void requireEditor(String chainCode) {
        if (!chains.canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以修改产业链“" + chainCode + "”的链长制信息");
        }
    }

    private static DomainException stale(String chainCode) {
        return DomainException.conflict("产业链“" + chainCode + "”的链长已被他人修改，请刷新后重试");
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    private record AgencyRow(long id, String chainCode, long organizationId, String duty, String updatedBy,
                             java.time.Instant updatedAt, int version) {
        SupportAgency view(Organization org) {
            return new SupportAgency(id, chainCode, organizationId, org == null ? "（机构" + organizationId + "）" : org.name(),
                    duty, updatedBy, updatedAt, version);
        }
    }

    private static AgencyRow agencyRow(ResultSet rs, int n) throws SQLException {
        return new AgencyRow(rs.getLong("id"), rs.getString("chain_code"), rs.getLong("organization_id"),
                rs.getString("duty"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static ChainAlliance alliance(ResultSet rs, int n) throws SQLException {
        return new ChainAlliance(rs.getLong("id"), rs.getString("chain_code"), rs.getString("name"),
                ChainAlliance.Kind.valueOf(rs.getString("kind")), rs.getString("note"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
