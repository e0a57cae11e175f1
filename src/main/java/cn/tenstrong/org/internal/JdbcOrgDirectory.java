package cn.tenstrong.org.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationChange;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.org.persistence.OrganizationRows;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation directory backed by PostgreSQL; every change is validated and audited. */
@Service
class JdbcOrgDirectory implements OrgDirectory {

    private final OrganizationRows rows;
    private final AuditTrail audit;

    JdbcOrgDirectory(OrganizationRows rows, AuditTrail audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    public List<Region> cities() {
        return rows.regions("city", null);
    }

    @Override
    public List<Region> counties(String cityCode) {
        return rows.regions("county", cityCode);
    }

    @Override
    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : rows.region(code);
    }

    @Override
    public List<Industry> industries() {
        return rows.industries();
    }

    @Override
    public Optional<Industry> industry(String code) {
        return industries().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Organization> organization(long id) {
        return rows.byId(id);
    }

    @Override
    public Map<Long, Organization> organizations(java.util.Collection<Long> ids) {
        Map<Long, Organization> out = new java.util.LinkedHashMap<>();
        rows.byIds(new java.util.LinkedHashSet<>(ids)).forEach(o -> out.put(o.id(), o));
        return out;
    }

    @Override
    public Optional<Organization> findByName(String nameOrAlias) {
        return nameOrAlias == null ? Optional.empty() : rows.byNameOrAlias(nameOrAlias.trim());
    }

    @Override
    public List<Organization> organizations(OrganizationKind kind) {
        return rows.byKind(kind);
    }

    @Override
    public List<Organization> search(String text, OrganizationKind kind, int limit) {
        return rows.search(text, kind, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public Map<OrganizationKind, Long> countByKind() {
        return rows.countByKind();
    }

    @Override
    @Transactional
    public Organization registerUnknown(String name, OrganizationKind kind) {
        String clean = requireName(name);
        Optional<Organization> existing = rows.byNameOrAlias(clean);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = rows.insert(clean, kind, null, null, true, "文档导入时发现的新机构，待核实");
        Organization created = rows.byId(id).orElseThrow();
        audit.record("CREATE", "org.organization", Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public Organization register(String name, OrganizationKind kind, String note) {
        String clean = requireName(name);
        Optional<Organization> existing = rows.byNameOrAlias(clean);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = rows.insert(clean, kind, null, null, false, note);
        Organization created = rows.byId(id).orElseThrow();
        audit.record("CREATE", "org.organization", Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public Organization update(OrganizationChange change) {
        Organization before = rows.byId(change.id())
                .orElseThrow(() -> DomainException.notFound("机构不存在: " + change.id()));
        String name = requireName(change.name());
        if (change.note() != null && change.note().strip().length() > MAX_NOTE) {
            throw DomainException.invalid("备注过长（最多" + MAX_NOTE + "字，现为" + change.note().strip().length() + "字）");
        }
        if (change.regionCode() != null && !change.regionCode().isBlank() && rows.region(change.regionCode()).isEmpty()) {
            throw DomainException.invalid("行政区划代码不存在: " + change.regionCode());
        }
        rows.byNameOrAlias(name).filter(o -> o.id() != change.id()).ifPresent(o -> {
            throw DomainException.invalid("名称“" + name + "”已被机构“" + o.name() + "”使用");
        });
        List<String> aliases = cleanAliases(change.aliases(), name);
        for (String alias : aliases) {
            rows.aliasOwner(alias).filter(owner -> owner != change.id()).ifPresent(owner -> {
                throw DomainException.invalid("别名“" + alias + "”已属于另一机构");
            });
            rows.byNameOrAlias(alias).filter(o -> o.id() != change.id()).ifPresent(o -> {
                throw DomainException.invalid("别名“" + alias + "”与机构“" + o.name() + "”重名");
            });
        }
        boolean updated = rows.update(change.id(), change.version(), name, change.kind(), blankToNull(change.regionCode()),
                blankToNull(change.industryCode()), change.needsReview(), blankToNull(change.note()));
        if (!updated) {
            throw DomainException.conflict("机构“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        rows.replaceAliases(change.id(), aliases);
        Organization after = rows.byId(change.id()).orElseThrow();
        audit.record("UPDATE", "org.organization", Long.toString(change.id()), before, after);
        return after;
    }

    /** 备注 is a remark for administrators, not a document store. */
    static final int MAX_NOTE = 1000;

    private static List<String> cleanAliases(List<String> aliases, String name) {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String a : aliases == null ? List.<String>of() : aliases) {
            String t = a == null ? "" : a.trim();
            if (!t.isEmpty() && !t.equals(name)) {
                if (t.length() > 100) {
                    throw DomainException.invalid("别名过长（最多100字）: " + t.substring(0, 20) + "…");
                }
                clean.add(t);
            }
        }
        return new ArrayList<>(clean);
    }

    private static String requireName(String name) {
        String t = name == null ? "" : name.trim();
        if (t.isEmpty()) {
            throw DomainException.invalid("机构名称不能为空");
        }
        if (t.length() > 100) {
            throw DomainException.invalid("机构名称过长（最多100字）");
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
