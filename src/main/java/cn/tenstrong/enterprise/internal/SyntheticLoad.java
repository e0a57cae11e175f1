package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 模拟企业批量导入 (generate-enterprises without --out, and the demo's synthetic library): the generator's enterprises
 * stream into the library in slices, each identified by USCC (a second run with the same seed updates) and written
 * at COPY speed, all in one transaction — a row the database refuses rolls back every slice before it, and the error
 * names the row as the same run's CSV (--out) would number it. Nothing is held in memory beyond a slice and the ids.
 */
@Component
class SyntheticLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoad.class);
    static final int SLICE = 20_000;

    private final EnterpriseRows rows;
    private final EnterpriseWriter writer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SyntheticLoad(EnterpriseRows rows, EnterpriseWriter writer, AuditTrail audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Loads {@code count} enterprises of the generator; the search index follows after commit.
     *
     * @param label what the audit entry names as the file
     */
    @Transactional
    public ImportResult load(SyntheticEnterpriseGenerator generator, long count, String label) {
        return load(generator.stream(count).iterator(), label, SLICE, true);
    }

    /**
     * As {@link #load(SyntheticEnterpriseGenerator, long, String)}, in slices of a given size; {@code index} false
     * leaves the search index to a rebuild (the demo's start).
     */
    @Transactional
    public ImportResult load(Iterator<SyntheticEnterprise> source, String label, int slice, boolean index) {
        long start = System.nanoTime();
        long[] ids = new long[1024];
        int loaded = 0;
        int updated = 0;
        long placed = 0;
        List<EnterpriseDraft> drafts = new ArrayList<>(slice);
        List<Integer> rowNumbers = new ArrayList<>(slice);
        while (source.hasNext()) {
            SyntheticEnterprise e = source.next();
            drafts.add(EnterpriseLoaders.draft(e));
            rowNumbers.add(Math.toIntExact(e.index() + 2)); // as the same run's CSV numbers it: header on row 1
            if (drafts.size() == slice || !source.hasNext()) {
                EnterpriseWriter.Stored stored = writer.write(drafts, rowNumbers, rows.resolve(drafts).ids(), false);
                if (loaded + stored.ids().size() > ids.length) {
                    ids = java.util.Arrays.copyOf(ids, Math.max(ids.length * 2, loaded + stored.ids().size()));
                }
                for (Long id : stored.ids()) {
                    ids[loaded++] = id;
                }
                updated += stored.updated();
                placed += stored.placed();
                drafts = new ArrayList<>(slice);
                rowNumbers = new ArrayList<>(slice);
            }
        }
        audit.record("IMPORT", "enterprise.enterprise", label, null, Map.of("file", label, "rows", loaded,
                "created", loaded - updated, "updated", updated, "placed", placed, "flagged", 0));
        if (index && loaded > 0) {
            events.publishEvent(new EnterprisesChanged(java.util.Arrays.stream(ids, 0, loaded).boxed().toList()));
        }
        log.info("Synthetic enterprises ({}): {} stored ({} new, {} updated), {} placed, in {} ms", label, loaded,
                loaded - updated, updated, placed, (System.nanoTime() - start) / 1_000_000);
        return new ImportResult(loaded, loaded - updated, updated, List.of(), (int) Math.min(Integer.MAX_VALUE, placed));
    }
}
