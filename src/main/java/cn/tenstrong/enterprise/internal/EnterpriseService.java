package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseChange;
import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseSearchResult;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.Placement;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.PlacementRows;
import cn.tenstrong.enterprise.persistence.NewPlacement;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprise library: imports, edits, placements and search. */
@Service
class EnterpriseService implements EnterpriseLibrary {

    /** Imports up to this size are audited enterprise by enterprise; larger ones with one summary entry. */
    static final int AUDIT_EACH_UP_TO = 1000;

    private final EnterpriseRows rows;

    private final PlacementRows placementRows;
    private final EnterpriseWriter writer;
    private final SyntheticLoad syntheticLoad;
    private final cn.tenstrong.enterprise.persistence.ProductRows products;
    private final cn.tenstrong.enterprise.persistence.HonourRows honourRows;
    private final EnterpriseValidator validator;
    private final IndustryGate gate;
    private final EnterpriseSearchIndex index;
    private final ChainDirectory chains;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final ApplicationEventPublisher events;

    private final ImportLimits limits;

    EnterpriseService(EnterpriseRows rows, PlacementRows placementRows, EnterpriseWriter writer,
                      SyntheticLoad syntheticLoad, cn.tenstrong.enterprise.persistence.ProductRows products,
                      cn.tenstrong.enterprise.persistence.HonourRows honourRows,
                      EnterpriseValidator validator, IndustryGate gate, EnterpriseSearchIndex index, ChainDirectory chains,
                      AuditTrail audit, CurrentUsers users, ApplicationEventPublisher events, ImportLimits limits) {
        this.limits = limits;
        this.rows = rows;
        this.placementRows = placementRows;
        this.writer = writer;
        this.syntheticLoad = syntheticLoad;
        this.products = products;
        this.honourRows = honourRows;
        this.validator = validator;
        this.gate = gate;
        this.index = index;
        this.chains = chains;
        this.audit = audit;
        this.users = users;
        this.events = events;
    }

    /**
     * Recomputes the automatic suggestions of these enterprises from what is stored (texts, products with their
     * shares, industry); decided placements stay. Returns how many suggestions were made.
     */
    int placeAgain(List<Long> ids) {
        SegmentMatcher matcher = chains.matcher();
        int placed = 0;
        for (int from = 0; from < ids.size(); from += 5000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 5000));
            Map<Long, List<cn.tenstrong.enterprise.EnterpriseProduct>> productsOf = products.productsOf(part);
            List<NewPlacement> placements = new ArrayList<>();
            for (Enterprise e : rows.byIds(part)) {
                placements.addAll(Placer.place(matcher, gate, e.id(),
                        Placer.Subject.of(e, productsOf.getOrDefault(e.id(), List.of()))));
            }
            placementRows.deleteSuggestions(part);
            placed += placementRows.insertPlacements(placements);
        }
        return placed;
    }

    @Override
    public Optional<Enterprise> enterprise(long id) {
        return rows.byId(id);
    }

    @Override
    public Enterprise require(long id) {
        return rows.byId(id).orElseThrow(() -> DomainException.notFound("企业不存在：" + id));
    }

    @Override
    public Optional<Enterprise> byUscc(String uscc) {
        return uscc == null ? Optional.empty() : rows.byUscc(uscc.strip().toUpperCase());
    }

    @Override
    public long count() {
        return rows.count();
    }

    @Override
    public long countListed(String regionPrefix, java.time.LocalDate from, java.time.LocalDate to) {
        return rows.countListed(regionPrefix == null ? "" : regionPrefix, from, to);
    }

    @Override
    @Transactional
    public ImportResult importFile(byte[] content, String fileName) {
        return importSheet(ImportReader.read(content, fileName, limits.maxEnterpriseRows(), "企业"),
                EnterpriseSource.IMPORT, fileName);
    }

    /**
     * 导入 rows that are already in memory (the bundled public data): the same checks, identity rules, placement and
     * audit as a file, all or nothing.
     *
     * @param header column headers (import template names or their aliases)
     * @param rows   the cells of each data row, in header order
     * @param label  what the audit names as the file
     */
    @Transactional
    public ImportResult importRows(List<String> header, List<List<String>> rows, EnterpriseSource source, String label) {
        List<ImportReader.RawRow> raw = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            raw.add(new ImportReader.RawRow(i + 2, rows.get(i)));
        }
        return importSheet(new ImportReader.Sheet2(header, raw), source, label);
    }

    private ImportResult importSheet(ImportReader.Sheet2 sheet, EnterpriseSource source, String fileName) {
        EnterpriseValidator.Checked checked = validator.check(sheet, source);
        List<ImportError> errors = new ArrayList<>(checked.errors());
        EnterpriseRows.Resolution resolution = rows.resolve(checked.drafts());
        Map<Long, Integer> firstRowOfId = new HashMap<>();
        for (int i = 0; i < checked.drafts().size(); i++) {
            int row = checked.rowNumbers().get(i);
            String conflict = resolution.conflicts().get(i);
            if (conflict != null) {
                errors.add(new ImportError(row, "股票代码", conflict));
            }
            Long id = resolution.ids().get(i);
            Integer first = id == null ? null : firstRowOfId.putIfAbsent(id, row);
            if (first != null) {
                errors.add(new ImportError(row, ImportColumns.NAME.header, "与第" + first + "行是同一家已登记企业"));
            }
        }
        users.current().ifPresent(me -> {
            List<Long> ids = resolution.ids().stream().filter(java.util.Objects::nonNull).toList();
            Map<Long, Enterprise> existing = new HashMap<>();
            rows.byIds(ids).forEach(e -> existing.put(e.id(), e));
            for (int i = 0; i < checked.drafts().size(); i++) {
                Enterprise e = resolution.ids().get(i) == null ? null : existing.get(resolution.ids().get(i));
                int row = checked.rowNumbers().get(i);
                if (e != null) {
                    EnterpriseEditScope.refusal(me, e).ifPresent(why -> errors.add(new ImportError(row, "企业", why)));
                }
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
            throw new EnterpriseImportException(errors);
        }
        return store(checked.drafts(), checked.rowNumbers(), fileName, true, resolution.ids());
    }

    /** Stores validated drafts (identified as {@link EnterpriseRows#resolve} says) and places them automatically. */
    ImportResult store(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, String fileName, boolean publish) {
        return store(drafts, rowNumbers, fileName, publish, rows.resolve(drafts).ids());
    }

    /**
     * Stores validated drafts and places them automatically: new enterprises and their placements by COPY, updates
     * through a staging table and one merge ({@link EnterpriseCopy}), all in the caller's transaction.
     *
     * @param existing per draft the stored enterprise it is, or {@code null} for a new one
     * @param publish  whether the search index follows at commit (bulk loads rebuild it once instead)
     */
    private ImportResult store(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, String fileName, boolean publish,
                               List<Long> existing) {
        boolean auditEach = drafts.size() <= AUDIT_EACH_UP_TO;
        EnterpriseWriter.Stored stored = writer.write(drafts, rowNumbers, existing, auditEach);
        List<Long> idList = stored.ids();
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).needsReview()) {
                flagged.add((rowNumbers == null ? "" : "第" + rowNumbers.get(i) + "行 ") + drafts.get(i).name() + "："
                        + drafts.get(i).reviewNote());
            }
        }
        int updated = stored.updated();
        if (auditEach) {
            Map<Long, Enterprise> after = new LinkedHashMap<>();
            rows.byIds(idList).forEach(e -> after.put(e.id(), e));
            for (Long id : idList) {
                Enterprise b = stored.before().get(id);
                audit.record(b == null ? "CREATE" : "UPDATE", "enterprise.enterprise", Long.toString(id), b,
                        after.get(id));
            }
        } else {
            audit.record("IMPORT", "enterprise.enterprise", fileName, null, Map.of("file", fileName == null ? "" : fileName,
                    "rows", drafts.size(), "created", drafts.size() - updated, "updated", updated, "placed",
                    stored.placed(), "flagged", flagged.size()));
        }
        if (publish) {
            events.publishEvent(new EnterprisesChanged(idList));
        }
        return new ImportResult(drafts.size(), drafts.size() - updated, updated, flagged, stored.placed());
    }

    @Override
    public ImportResult importSynthetic(cn.tenstrong.enterprise.SyntheticEnterpriseGenerator generator, long count,
                                        boolean deferIndexes) {
        return syntheticLoad.load(generator, count, "generate-enterprises", true, deferIndexes);
    }

    @Override
    public byte[] importTemplate() {
        Map<ImportColumns, String> ex = ImportColumns.example();
        return ImportTemplate.workbook("企业导入",
                Arrays.stream(ImportColumns.values()).map(c -> c.header + (c.required ? "*" : "")).toList(),
                Arrays.stream(ImportColumns.values()).map(c -> ex.getOrDefault(c, "")).toList(), 20,
                List.of("带*的列必填；第一个工作表的第一行为表头，从第二行起每行一家企业（请删除示例行）。",
                    "统一社会信用代码：18位（GB 32100-2015），不知道时留空（不要编造）。结构错误的行不予导入；仅校验位（第17、18位）不符的行照常保存并标记“待核实”。",
                    "企业按统一社会信用代码识别；没有代码时按股票代码，再没有时按企业名称加所在省份。再次导入时更新原记录，不会重复；带来统一社会信用代码的导入会补入已按股票代码或名称登记的企业。文件中任一行有错误时整个文件都不导入，并列出错误的行和列。",
                    "上市企业可填股票代码（如600309.SH）、交易所、上市板块、上市日期、申万行业代码与名称、营收年度和来源说明。",
                    "所在地区：6位行政区划代码（如370102），或名称（如济南市历下区、苏州市）。",
                    "行业代码：GB/T 4754-2017国民经济行业代码，可带门类字母（如C3985或3985）。",
                    "注册资本、营业收入单位为万元；成立日期格式如2018-05-20。",
                    "标签用顿号分隔：专精特新、小巨人、单项冠军、高新技术企业、瞪羚、上市、链主。",
                    "数据标记：模拟数据请填“模拟数据”，真实数据留空。"));
    }

    @Override
    @Transactional
    public Enterprise update(long id, EnterpriseChange change) {
        Enterprise before = require(id);
        users.current().flatMap(me -> EnterpriseEditScope.refusal(me, before)).ifPresent(why -> {
            throw DomainException.forbidden(why);
        });
        EnterpriseDraft draft = validator.checkEdit(before, change);
        if (!rows.update(id, change.version(), draft)) {
            throw DomainException.conflict("企业“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        placementRows.deleteSuggestions(List.of(id));
        placementRows.insertPlacements(Placer.place(chains.matcher(), gate, id, Placer.Subject.of(draft, products.products(id))));
        honourRows.refreshClaimedTags(List.of(id));
        Enterprise after = require(id);
        audit.record("UPDATE", "enterprise.enterprise", Long.toString(id), before, after);
        events.publishEvent(new EnterprisesChanged(List.of(id)));
        return after;
    }

    @Override
    public EnterpriseSearchResult search(EnterpriseQuery query) {
        EnterpriseSearchIndex.Hits hits = index.search(query);
        return new EnterpriseSearchResult(hits.total(), hits.totalExact(), rows.byIds(hits.ids()));
    }

    @Override
    public long count(EnterpriseQuery query) {
        return index.count(query);
    }

    @Override
    public List<Enterprise> bestMatchingAny(java.util.Collection<String> words, String excludedRegionPrefix,
                                            boolean includeSynthetic, int limit) {
        return rows.byIds(index.bestMatchingAny(words, excludedRegionPrefix, includeSynthetic, limit).ids());
    }

    @Override
    public cn.tenstrong.enterprise.DataBasis dataBasis(boolean includeSynthetic) {
        return rows.dataBasis(includeSynthetic);
    }

    @Override
    public List<cn.tenstrong.enterprise.EnterpriseProduct> products(long enterpriseId) {
        return products.products(enterpriseId);
    }

    @Override
    public List<Enterprise> namingInProducts(java.util.Collection<String> words, String excludedRegionPrefix,
                                             boolean includeSynthetic, int limit) {
        return rows.byIds(products.enterprisesNaming(words, excludedRegionPrefix, includeSynthetic, limit));
    }

    @Override
    public java.util.Map<Long, List<cn.tenstrong.enterprise.EnterpriseProduct>> products(
            java.util.Collection<Long> enterpriseIds) {
        return products.products(enterpriseIds);
    }

    @Override
    public List<Placement> placements(long enterpriseId) {
        return placementRows.placements(enterpriseId);
    }

    @Override
    @Transactional
    public Placement confirmPlacement(long enterpriseId, String chainCode, String segmentCode, int version,
                                      PlacementRole role) {
        return decide(enterpriseId, chainCode, segmentCode, version, PlacementStatus.CONFIRMED, role);
    }

    @Override
    @Transactional
    public Placement rejectPlacement(long enterpriseId, String chainCode, String segmentCode, int version) {
        return decide(enterpriseId, chainCode, segmentCode, version, PlacementStatus.REJECTED, null);
    }

    private Placement decide(long enterpriseId, String chainCode, String segmentCode, int version, PlacementStatus status,
                             PlacementRole role) {
        Placement before = placementRows.placement(enterpriseId, chainCode, segmentCode)
                .orElseThrow(() -> DomainException.notFound("挂链记录不存在：" + chainCode + "/" + segmentCode));
        requireEditor(chainCode);
        PlacementRole newRole = role == null ? before.role() : role;
        if (!placementRows.decide(enterpriseId, chainCode, segmentCode, version, status, newRole, actor())) {
            throw DomainException.conflict("该挂链记录已被他人修改，请刷新后重试");
        }
        Placement after = placementRows.placement(enterpriseId, chainCode, segmentCode).orElseThrow();
        audit.record(status == PlacementStatus.CONFIRMED ? "CONFIRM" : "REJECT", "enterprise.placement",
                enterpriseId + ":" + chainCode + "/" + segmentCode, before, after);
        return after;
    }

    @Override
    @Transactional
    public Placement place(long enterpriseId, String chainCode, String segmentCode, PlacementRole role) {
        require(enterpriseId);
        Chain chain = chains.requireChain(chainCode);
        ChainSegment segment = chain.segment(segmentCode)
                .orElseThrow(() -> DomainException.invalid("环节“" + segmentCode + "”不属于产业链" + chain.name()));
        if (!segment.isLeaf()) {
            throw DomainException.invalid("只能挂到末级环节：“" + segment.name() + "”下还有细分环节");
        }
        if (role == null) {
            throw DomainException.invalid("请选择角色（链主、骨干或配套）");
        }
        requireEditor(chainCode);
        Optional<Placement> existing = placementRows.placement(enterpriseId, chainCode, segmentCode);
        if (existing.isPresent()) {
            return decide(enterpriseId, chainCode, segmentCode, existing.get().version(), PlacementStatus.CONFIRMED, role);
        }
        placementRows.insertPlacements(List.of(new NewPlacement(enterpriseId, chainCode, segmentCode, role, PlacementMethod.MANUAL,
                PlacementStatus.CONFIRMED, 1.0, List.of(), actor())));
        Placement after = placementRows.placement(enterpriseId, chainCode, segmentCode).orElseThrow();
        audit.record("CREATE", "enterprise.placement", enterpriseId + ":" + chainCode + "/" + segmentCode, null, after);
        return after;
    }

    private void requireEditor(String chainCode) {
        if (users.current().isPresent() && !chains.canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以确认或修改产业链“" + chainCode + "”的企业挂链");
        }
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    @Override
    public synchronized long rebuildIndex() {
        return index.rebuild(rows::forEach);
    }
}
