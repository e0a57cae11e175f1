package cn.tenstrong.enterprise.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.DeferredKeyDuplicated;
import cn.tenstrong.enterprise.persistence.NewPlacement;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.IndexDeferral;
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
 * Generation (on all cores), identity lookup, placement, drawing the new rows' ids and encoding them for the COPY run
 * on other threads, a slice or two ahead of the one being copied, so the database and the Java side work at the same
 * time and the loading connection only sends bytes. The lookup of a slice ahead sees the library as committed,
 * not the load's own earlier slices: right for the generator, whose USCCs are unique within a run (a code repeated
 * across slices would be refused by the unique index, not merged).
 * <p>
 * With deferred indexes (暂缓索引, {@code generate-enterprises --defer-indexes}) the secondary indexes and foreign keys
 * of the enterprise and placement tables are dropped in the load's transaction and built once before its commit
 * ({@link IndexDeferral}): the tables are then locked against every other connection, so the identity lookups run on
 * the loading connection, in series with the copies, and an industry code is checked against the catalog here, as
 * the deferred foreign key no longer refuses it. When a first pass identified the rows beforehand, the USCC's unique
 * key is built once after the copies too, and when its updates are few enough to hold (at most a slice; they are then
 * written after the rebuild) the placements' key and fill-in trigger as well; a duplicate then fails the rebuild and is
 * reported by row ({@link DuplicateRows}).
 */
@Component
class SyntheticLoad {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoad.class);
    static final int SLICE = 20_000;

    private final EnterpriseRows rows;
    private final EnterpriseWriter writer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IndexDeferral deferral;
    private final BulkLoadProperties properties;

    SyntheticLoad(EnterpriseRows rows, EnterpriseWriter writer, AuditTrail audit, ApplicationEventPublisher events,
                  IndexDeferral deferral, BulkLoadProperties properties) {
        this.rows = rows;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
        this.deferral = deferral;
        this.properties = properties;
    }

    /**
     * Loads {@code count} enterprises of the generator, each slice generated on all cores; {@code index} false leaves
     * the search index to a rebuild (the demo's start), else it follows after commit.
     *
     * @param label what the audit entry names as the file
     */
    @Transactional
    public ImportResult load(SyntheticEnterpriseGenerator generator, long count, String label, boolean index,
                             boolean deferIndexes) {
        return loadSlices(() -> DraftSlices.of(generator, count),
                () -> KnownIds.resolve(generator, count, SLICE, rows), label, SLICE, index, deferIndexes);
    }

    /**
     * As {@link #load(Iterator, String, int, boolean, boolean)} from a source that can be read twice: with deferred
     * indexes, a first pass looks up the identities of the whole load before the tables are locked — against the
     * library as it was, whose USCC index is small, instead of in series with the copies against one that grows with
     * the load's own rows (110 s of a 10M load). As the lookups a slice ahead, it sees only what was committed: right
     * for the generator, whose USCCs are unique within a run.
     */
    @Transactional
    public ImportResult load(Supplier<Iterator<SyntheticEnterprise>> source, String label, int slice,
                             boolean index, boolean deferIndexes) {
        return loadSlices(() -> DraftSlices.of(source.get()),
                () -> KnownIds.resolve(DraftSlices.of(source.get()), slice, rows), label, slice, index, deferIndexes);
    }

    /** {@code firstPass}: the identities of the whole source, looked up before a deferred load locks the tables. */
    private ImportResult loadSlices(Supplier<DraftSlices> source, Supplier<KnownIds> firstPass, String label,
                                    int slice, boolean index, boolean deferIndexes) {
        if (!deferIndexes) {
            return run(source.get(), label, slice, index, false, null);
        }
        long start = System.nanoTime();
        KnownIds known = firstPass.get();
        log.info("Synthetic enterprises ({}): {} identities looked up before the tables are locked in {} ms ({} found)",
                label, known.size(), (System.nanoTime() - start) / 1_000_000, known.found());
        return run(source.get(), label, slice, index, true, known);
    }

    /**
     * As {@link #load(SyntheticEnterpriseGenerator, long, String, boolean, boolean)}, in slices of a given size, indexes
     * maintained row by row; {@code index} false leaves the search index to a rebuild (the demo's start).
     */
    @Transactional
    public ImportResult load(Iterator<SyntheticEnterprise> source, String label, int slice, boolean index) {
        return load(source, label, slice, index, false);
    }

    /**
     * As {@link #load(Iterator, String, int, boolean)}; {@code deferIndexes} drops the tables' secondary indexes and
     * foreign keys for the load and builds them before commit (only while nothing else uses the library: the tables
     * are locked against every other connection until the commit).
     */
    @Transactional
    public ImportResult load(Iterator<SyntheticEnterprise> source, String label, int slice, boolean index,
                             boolean deferIndexes) {
        return run(DraftSlices.of(source), label, slice, index, deferIndexes, null);
    }

    /**
     * The load; {@code known}: identities looked up beforehand (else looked up slice by slice). Each slice is
     * generated, placed, and — when its identities are known ahead — given ids and encoded on other threads while the
     * previous one is copied; the loading thread only sends it.
     */
    private ImportResult run(DraftSlices source, String label, int slice, boolean index, boolean deferIndexes,
                             KnownIds known) {
        long start = System.nanoTime();
        long deferring = 0;
        Set<String> industries = null;
        // identities known beforehand: nothing is looked up by USCC during the load, so that key is built once too;
        // and when the updates among the rows are few enough to hold (a slice), they are written after the rebuild,
        // so nothing replaces or merges placements by their key during the copies either
        boolean holdUpdates = known != null && known.found() <= slice; // known: only for a deferred load
        Set<IndexDeferral.UniqueKeys> uniqueKeys = known == null ? Set.of() : holdUpdates
                ? EnumSet.allOf(IndexDeferral.UniqueKeys.class) : EnumSet.of(IndexDeferral.UniqueKeys.ENTERPRISE);
        List<EnterpriseWriter.Changed> held = new ArrayList<>();
        if (deferIndexes) {
            int dropped = deferral.defer(uniqueKeys);
            industries = deferral.industryCodes();
            deferring = System.nanoTime() - start;
            log.info("Synthetic enterprises ({}): {} indexes and foreign keys deferred in {} ms", label, dropped,
                    deferring / 1_000_000);
        }
        long decidedAt = writer.transactionMicros();
        long[] ids = new long[1024];
        int[] rowNumbers = uniqueKeys.isEmpty() ? null : new int[1024];
        int loaded = 0;
        int updated = 0;
        long placed = 0;
        long resolving = 0; // ahead on the producer's thread (deferred without known identities: here, in series)
        long waited;
        // while the indexes are deferred the tables are locked: no lookup on another connection
        SliceMaker maker = new SliceMaker(source, slice, !deferIndexes && known == null, known, decidedAt);
        try (Ahead<Slice> ahead = Ahead.start("synthetic-load", 2, maker::next)) {
            for (Slice next = ahead.next(); next != null; next = ahead.next()) {
                EnterpriseWriter.Prepared prepared = next.prepared();
                resolving += next.resolving();
                if (prepared == null) {
                    long r = System.nanoTime();
                    List<Long> existing = rows.resolve(next.drafted().drafts()).ids();
                    resolving += System.nanoTime() - r;
                    prepared = writer.prepare(next.drafted().drafts(), next.drafted().rowNumbers(), existing,
                            next.planned(), decidedAt);
                }
                if (industries != null) {
                    checkIndustries(next.drafted(), industries);
                }
                if (holdUpdates && !prepared.changed().ids().isEmpty()) {
                    held.add(prepared.changed());
                    prepared = prepared.withoutChanges();
                }
                EnterpriseWriter.Stored stored = writer.write(prepared, false);
                if (loaded + stored.ids().size() > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(ids.length * 2, loaded + stored.ids().size()));
                    rowNumbers = rowNumbers == null ? null : Arrays.copyOf(rowNumbers, ids.length);
                }
                for (int i = 0; i < stored.ids().size(); i++) {
                    if (rowNumbers != null) {
                        rowNumbers[loaded] = next.drafted().rowNumbers().get(i);
                    }
                    ids[loaded++] = stored.ids().get(i);
                }
                updated += stored.updated();
                placed += stored.placed();
            }
            waited = ahead.waitedNanos();
        }
        long restoring = 0;
        if (deferIndexes) {
            long r = System.nanoTime();
            Map<String, Long> restored;
            try {
                restored = deferral.restore(properties.indexBuildMemory().toKilobytes());
            } catch (DeferredKeyDuplicated e) {
                throw DuplicateRows.of(e, ids, rowNumbers, loaded);
            }
            restoring = System.nanoTime() - r;
            log.info("Synthetic enterprises ({}): {} indexes and foreign keys built again in {} ms: {}", label,
                    restored.size(), restoring / 1_000_000, restored);
        }
        for (EnterpriseWriter.Changed changes : held) {
            EnterpriseWriter.Stored stored = writer.write(writer.changesOnly(changes), false);
            updated += stored.updated();
            placed += stored.placed();
        }
        audit.record("IMPORT", "enterprise.enterprise", label, null, Map.of("file", label, "rows", loaded,
                "created", loaded - updated, "updated", updated, "placed", placed, "flagged", 0));
        long publishing = System.nanoTime();
        if (index && loaded > 0) {
            // a view, not millions of boxed ids: the event keeps the consecutive ones as ranges
            long[] all = ids;
            int count = loaded;
            events.publishEvent(new EnterprisesChanged(new AbstractList<Long>() {
                @Override
                public Long get(int i) {
                    return all[i];
                }

                @Override
                public int size() {
                    return count;
                }
            }));
        }
        publishing = System.nanoTime() - publishing;
        log.info("Synthetic enterprises ({}): {} stored ({} new, {} updated), {} placed, in {} ms "
                        + "(waiting for the next slice {} ms; identity lookups {} ms {}; deferring and rebuilding "
                        + "indexes {} ms; publishing the event {} ms)", label, loaded, loaded - updated, updated, placed,
                (System.nanoTime() - start) / 1_000_000, waited / 1_000_000, resolving / 1_000_000,
                known != null ? "(looked up before)" : deferIndexes ? "on the loading connection"
                        : "ahead on another thread",
                (deferring + restoring) / 1_000_000, publishing / 1_000_000);
        return new ImportResult(loaded, loaded - updated, updated, List.of(), (int) Math.min(Integer.MAX_VALUE, placed));
    }

    /**
     * A slice ready to write: drafted and placed, and {@code prepared} (ids drawn, rows encoded) when its identities
     * were known ahead.
     */
    private record Slice(DraftSlices.Drafted drafted, List<List<NewPlacement>> planned,
                         EnterpriseWriter.Prepared prepared, long resolving) {
    }

    /** Makes the slices of a load, one after another, on the producer's thread. */
    private final class SliceMaker {

        private final DraftSlices source;
        private final int slice;
        private final boolean resolve;
        private final KnownIds known;
        private final long decidedAt;
        private int position;

        SliceMaker(DraftSlices source, int slice, boolean resolve, KnownIds known, long decidedAt) {
            this.source = source;
            this.slice = slice;
            this.resolve = resolve;
            this.known = known;
            this.decidedAt = decidedAt;
        }

        /** The next slice; null at the end. {@code resolve}: its identities are looked up here, on another connection. */
        Slice next() {
            DraftSlices.Drafted drafted = source.next(slice);
            if (drafted.isEmpty()) {
                return null;
            }
            long t = System.nanoTime();
            List<Long> existing = resolve ? rows.resolve(drafted.drafts()).ids()
                    : known != null ? known.slice(position, drafted.drafts().size()) : null;
            long resolving = resolve ? System.nanoTime() - t : 0;
            position += drafted.drafts().size();
            List<List<NewPlacement>> planned = writer.place(drafted.drafts());
            EnterpriseWriter.Prepared prepared = existing == null ? null
                    : writer.prepare(drafted.drafts(), drafted.rowNumbers(), existing, planned, decidedAt);
            return new Slice(drafted, planned, prepared, resolving);
        }
    }

    /**
     * Refuses a slice with an industry code the catalog lacks, by row, as the deferred foreign key would have (its
     * restore before commit would refuse it too, but without the row).
     */
    private static void checkIndustries(DraftSlices.Drafted slice, Set<String> industries) {
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < slice.drafts().size() && errors.size() < 100; i++) {
            String code = slice.drafts().get(i).industryCode();
            if (code != null && !industries.contains(code)) {
                errors.add(new ImportError(slice.rowNumbers().get(i), ImportColumns.INDUSTRY.header,
                        "“" + code + "”在参考目录中不存在"));
            }
        }
        if (!errors.isEmpty()) {
            throw new EnterpriseImportException(errors);
        }
    }
}
