package cn.tenstrong.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectImportException;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.persistence.DuplicateRows;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 项目导入: a project list (.xlsx, the template's columns) checked row by row with the form's rules, stored all or
 * nothing; regions, parks and enterprises may be given by name or code.
 */
@Component
@Transactional(readOnly = true)
class ProjectImport {

    private final ProjectRows rows;
    private final DuplicateRows duplicateRows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;
    private final ApplicationEventPublisher events;
    private final ProjectRules rules;
    private final ProjectChanges changes;
    private final Map<String, String> regionsByName = new ConcurrentHashMap<>();

    ProjectImport(ProjectRows rows, DuplicateRows duplicateRows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs,
                  EnterpriseLibrary enterprises, ApplicationEventPublisher events, ProjectRules rules,
                  ProjectChanges changes) {
        this.rows = rows;
        this.duplicateRows = duplicateRows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.enterprises = enterprises;
        this.events = events;
        this.rules = rules;
        this.changes = changes;
    }

    @Transactional
    public ProjectImportResult importFile(byte[] xlsx) {
        return importFile(xlsx, users.require());
    }

    /** Imports a project list as {@code me}: the same reading, validation and storing as a user's import. */
    @Transactional
    ProjectImportResult importFile(byte[] xlsx, CurrentUser me) {
        if (!me.can("project:project:write")) {
            throw DomainException.forbidden("无权导入项目");
        }
        List<ProjectDraft> drafts = ProjectWorkbook.read(xlsx, this::resolveRegion, this::resolvePark,
                this::resolveEnterprise);
        List<ProjectImportException.RowError> errors = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                valid.add(rules.validate(drafts.get(i), me, null));
            } catch (DomainException e) {
                errors.add(new ProjectImportException.RowError(i + 2, "", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProjectImportException(errors);
        }
        List<String> refs = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Row r : valid) {
            long id = changes.insert(r, me, false);
            Row stored = rows.find(id).orElseThrow();
            refs.add(stored.ref());
            for (DuplicateRows.Flag d : duplicateRows.duplicatesOf(id)) {
                flagged.add(stored.ref() + " " + stored.name() + "：" + d.reason());
            }
        }
        audit.record("IMPORT", "project.project", refs.isEmpty() ? "-" : refs.get(0), null,
                Map.of("rows", valid.size(), "refs", refs));
        events.publishEvent(new ProjectsChanged(0)); // bindings recompute once for the whole file
        return new ProjectImportResult(valid.size(), refs, flagged);
    }

    public byte[] importTemplate() {
        return ProjectWorkbook.template();
    }

    /** A region code or an exact Shandong city/county name, for the import. */
    String resolveRegion(String text) {
        String t = text.strip();
        if (t.matches("\\d{6}")) {
            return t;
        }
        if (regionsByName.isEmpty()) {
            for (Region c : orgs.cities()) {
                regionsByName.putIfAbsent(c.name(), c.code());
                for (Region county : orgs.counties(c.code())) {
                    regionsByName.putIfAbsent(county.name(), county.code());
                    regionsByName.putIfAbsent(c.name() + county.name(), county.code());
                }
            }
        }
        return regionsByName.get(t);
    }



    Long resolvePark(String name) {
        return orgs.findByName(name.strip()).filter(o -> o.kind() == OrganizationKind.PARK).map(Organization::id)
                .orElse(null);
    }

    Long resolveEnterprise(String uscc) {
        return enterprises.byUscc(uscc.strip()).map(Enterprise::id).orElse(null);
    }

}
