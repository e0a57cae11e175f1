package cn.tenstrong.enterprise.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.StoredKeys;

/**
 * 预先识别 (identities looked up before a deferred load): the stored id of each enterprise of a load by its position,
 * 0 for a new one. The library's identity keys are read first ({@link StoredKeys}), so only the drafts they may hold
 * are looked up: a first load of 1M synthetic enterprises asks the database about almost none. Held as one array that exists only once something is found (a first load finds nothing; a repeated
 * 10M load holds 80 MB).
 */
final class KnownIds {

    private long[] ids;
    private int size;
    private int found;

    private KnownIds() {
    }

    /** Lookups of slices at the same time, each on a connection of its own. */
    static final int LOOKUP_CONNECTIONS = 2;

    /**
     * Looks up the identities of the whole source, slice by slice, while the next slices are read (generated) on
     * another thread; {@link #LOOKUP_CONNECTIONS} slices are looked up at once, each on a pool connection (before the
     * load's transaction has written anything, so they see what it would see).
     */
    static KnownIds resolve(DraftSlices source, int slice, EnterpriseRows rows) {
        return resolve(source, slice, rows, rows.storedKeys());
    }

    /**
     * The identities of the generator's first {@code count} enterprises, by index. While no stored enterprise without
     * a USCC bears a synthetic name, a synthetic enterprise can be stored only under its USCC: only the USCCs are
     * computed (each enterprise's first draws, on all cores), and only the enterprises the stored keys may hold are
     * generated whole and looked up. Else as {@link #resolve(DraftSlices, int, EnterpriseRows)}.
     */
    static KnownIds resolve(SyntheticEnterpriseGenerator generator, long count, int slice, EnterpriseRows rows) {
        StoredKeys stored = rows.storedKeys();
        if (stored.syntheticNamesWithoutUscc() > 0) {
            return resolve(DraftSlices.of(generator, count), slice, rows, stored);
        }
        long[] candidates = LongStream.range(0, count).parallel()
                .filter(i -> stored.mayHoldUscc(generator.uscc(i))).toArray();
        KnownIds known = new KnownIds();
        for (int from = 0; from < candidates.length; from += slice) {
            long[] part = Arrays.copyOfRange(candidates, from, Math.min(candidates.length, from + slice));
            List<EnterpriseDraft> drafts = Arrays.stream(part).parallel()
                    .mapToObj(i -> EnterpriseLoaders.draft(generator.enterprise(i))).toList();
            List<Long> ids = rows.resolve(drafts).ids();
            for (int k = 0; k < part.length; k++) {
                if (ids.get(k) != null) {
                    known.put(Math.toIntExact(part[k]), ids.get(k));
                }
            }
        }
        known.size = Math.toIntExact(count);
        return known;
    }

    private static KnownIds resolve(DraftSlices source, int slice, EnterpriseRows rows, StoredKeys stored) {
        KnownIds known = new KnownIds();
        ExecutorService lookups = Executors.newFixedThreadPool(LOOKUP_CONNECTIONS, r -> {
            Thread t = new Thread(r, "synthetic-lookup");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Long>>> pending = new ArrayDeque<>();
        try (Ahead<DraftSlices.Drafted> ahead = Ahead.start("synthetic-identities", 2, () -> {
            DraftSlices.Drafted next = source.next(slice);
            return next.isEmpty() ? null : next;
        })) {
            for (DraftSlices.Drafted next = ahead.next(); next != null; next = ahead.next()) {
                List<EnterpriseDraft> drafts = next.drafts();
                pending.add(lookups.submit(() -> lookUp(drafts, stored, rows)));
                if (pending.size() > LOOKUP_CONNECTIONS) {
                    known.add(result(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                known.add(result(pending.poll()));
            }
        } finally {
            lookups.shutdownNow();
        }
        return known;
    }

    /**
     * The ids of a slice's drafts (null: new): only the drafts the stored keys may hold are asked of the database, the
     * others are certainly new.
     */
    private static List<Long> lookUp(List<EnterpriseDraft> drafts, StoredKeys stored, EnterpriseRows rows) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (stored.mayBeStored(drafts.get(i))) {
                candidates.add(i);
            }
        }
        List<Long> ids = new ArrayList<>(Collections.nCopies(drafts.size(), (Long) null));
        if (candidates.isEmpty()) {
            return ids;
        }
        List<Long> found = rows.resolve(candidates.stream().map(drafts::get).toList()).ids();
        for (int c = 0; c < candidates.size(); c++) {
            ids.set(candidates.get(c), found.get(c));
        }
        return ids;
    }

    private static List<Long> result(Future<List<Long>> lookup) {
        try {
            return lookup.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("企业识别被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("企业识别失败", e.getCause());
        }
    }

    /** The ids of the next slice, in order (null: new). */
    private void add(List<Long> slice) {
        for (int i = 0; i < slice.size(); i++) {
            if (slice.get(i) != null) {
                put(size + i, slice.get(i));
            }
        }
        size += slice.size();
    }

    private void put(int position, long id) {
        if (ids == null || position >= ids.length) {
            ids = ids == null ? new long[Math.max(1024, position * 2)] : Arrays.copyOf(ids, Math.max(ids.length * 2,
                    position + 1));
        }
        ids[position] = id;
        found++;
    }

    /** The ids of positions {@code from}… (null: new), as the writer takes them. */
    List<Long> slice(int from, int count) {
        List<Long> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(ids == null || i >= ids.length || ids[i] == 0 ? null : ids[i]);
        }
        return out;
    }

    int size() {
        return size;
    }

    int found() {
        return found;
    }
}
