package cn.tenstrong.enterprise.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
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
 * Generation, identity lookup and placement run on other threads, a slice or two ahead of the one being copied, so
 * the database and the Java side work at the same time. The lookup of a slice ahead sees the library as committed,
 * not the load's own earlier slices: right for the generator, whose USCCs are unique within a run (a code repeated
 * across slices would be refused by the unique index, not merged).
 * <p>
 * With deferred indexes (暂缓索引, {@code generate-enterprises --defer-indexes}) the secondary indexes and foreign keys
 * of the enterprise and placement tables are dropped in the load's transaction and built once before its commit
 * ({@link IndexDeferral}): the tables are then locked against every other connection, so the identity lookups run on
 * the loading connection, in series with the copies, and an industry code is checked against the catalog here, as
 * the deferred foreign key no longer refuses it.
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
     * Loads {@code count} enterprises of the generator; the search index follows after commit.
     *
     * @param label what the audit entry names as the file
     */
    @Transactional
    public ImportResult load(SyntheticEnterpriseGenerator generator, long count, String label, boolean deferIndexes) {
        return load(() -> generator.stream(count).iterator(), label, SLICE, true, deferIndexes);
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
        if (!deferIndexes) {
            return run(source.get(), label, slice, index, false, null);
        }
        long start = System.nanoTime();
        KnownIds known = KnownIds.resolve(source.get(), slice, rows);
        log.info("Synthetic enterprises ({}): {} identities looked up before the tables are locked in {} ms ({} found)",
                label, known.size(), (System.nanoTime() - start) / 1_000_000, known.found());
        return run(source.get(), label, slice, index, true, known);
    }

    /**
     * As {@link #load(SyntheticEnterpriseGenerator, long, String, boolean)}, in slices of a given size, indexes
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
        return run(source, label, slice, index, deferIndexes, null);
    }

    /** The load; {@code known}: identities looked up beforehand (else looked up slice by slice). */
    private ImportResult run(Iterator<SyntheticEnterprise> source, String label, int slice, boolean index,
                             boolean deferIndexes, KnownIds known) {
        long start = System.nanoTime();
        long deferring = 0;
        Set<String> industries = null;
        if (deferIndexes) {
            int dropped = deferral.defer();
            industries = deferral.industryCodes();
            deferring = System.nanoTime() - start;
            log.info("Synthetic enterprises ({}): {} indexes and foreign keys deferred in {} ms", label, dropped,
                    deferring / 1_000_000);
        }
        long[] ids = new long[1024];
        int loaded = 0;
        int updated = 0;
        long placed = 0;
        long waited = 0;
        long resolving = 0; // on the producer's thread, overlapping the copies (deferred: on this one, in series)
        // the next slices are generated and placed on other threads while this one copies
        BlockingQueue<Slice> ready = new ArrayBlockingQueue<>(2);
        ExecutorService producer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "synthetic-load");
            t.setDaemon(true);
            return t;
        });
        // while the indexes are deferred the tables are locked: no lookup on another connection
        Future<?> producing = producer.submit(() -> produce(source, slice, ready, !deferIndexes && known == null));
        try {
            while (true) {
                long t = System.nanoTime();
                Slice next = ready.take();
                waited += System.nanoTime() - t;
                if (next.failure() != null) {
                    throw next.failure();
                }
                if (next.drafts().isEmpty()) {
                    break;
                }
                List<Long> existing = next.existing();
                if (existing == null) {
                    long r = System.nanoTime();
                    existing = known != null ? known.slice(loaded, next.drafts().size())
                            : rows.resolve(next.drafts()).ids();
                    resolving += System.nanoTime() - r;
                } else {
                    resolving += next.resolving();
                }
                if (industries != null) {
                    checkIndustries(next, industries);
                }
                EnterpriseWriter.Stored stored = writer.write(next.drafts(), next.rowNumbers(), existing, false,
                        next.planned());
                if (loaded + stored.ids().size() > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(ids.length * 2, loaded + stored.ids().size()));
                }
                for (Long id : stored.ids()) {
                    ids[loaded++] = id;
                }
                updated += stored.updated();
                placed += stored.placed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("模拟企业导入被中断", e);
        } finally {
            producing.cancel(true);
            producer.shutdownNow();
        }
        long restoring = 0;
        if (deferIndexes) {
            long r = System.nanoTime();
            Map<String, Long> restored = deferral.restore(properties.indexBuildMemory().toKilobytes());
            restoring = System.nanoTime() - r;
            log.info("Synthetic enterprises ({}): {} indexes and foreign keys built again in {} ms: {}", label,
                    restored.size(), restoring / 1_000_000, restored);
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

    /** A slice ready to write; an empty one ends the load, one with a failure aborts it. */
    private record Slice(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, List<Long> existing,
                         List<List<cn.tenstrong.enterprise.persistence.NewPlacement>> planned, long resolving, RuntimeException failure) {

        static Slice end(RuntimeException failure) {
            return new Slice(List.of(), List.of(), List.of(), List.of(), 0, failure);
        }
    }

    /**
     * Refuses a slice with an industry code the catalog lacks, by row, as the deferred foreign key would have (its
     * restore before commit would refuse it too, but without the row).
     */
    private static void checkIndustries(Slice slice, Set<String> industries) {
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

    /** Generates and places slices; {@code resolve} also looks up their identities (else: {@code existing} null). */
    private void produce(Iterator<SyntheticEnterprise> source, int slice, BlockingQueue<Slice> ready, boolean resolve) {
        try {
            try {
                List<EnterpriseDraft> drafts = new ArrayList<>(slice);
                List<Integer> rowNumbers = new ArrayList<>(slice);
                while (source.hasNext()) {
                    SyntheticEnterprise e = source.next();
                    drafts.add(EnterpriseLoaders.draft(e));
                    rowNumbers.add(Math.toIntExact(e.index() + 2)); // as the same run's CSV numbers it: header on row 1
                    if (drafts.size() == slice || !source.hasNext()) {
                        long t = System.nanoTime();
                        List<Long> existing = resolve ? rows.resolve(drafts).ids() : null;
                        long resolving = System.nanoTime() - t;
                        ready.put(new Slice(drafts, rowNumbers, existing, writer.place(drafts), resolving, null));
                        drafts = new ArrayList<>(slice);
                        rowNumbers = new ArrayList<>(slice);
                    }
                }
                ready.put(Slice.end(null));
            } catch (RuntimeException e) {
                ready.put(Slice.end(e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the load ended (or failed) without waiting for the rest
        }
    }
}
