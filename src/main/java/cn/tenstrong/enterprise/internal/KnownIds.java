package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.enterprise.persistence.EnterpriseRows;

/**
 * 预先识别 (identities looked up before a deferred load): the stored id of each enterprise of a load by its position,
 * 0 for a new one. Held as one array that exists only once something is found (a first load finds nothing; a repeated
 * 10M load holds 80 MB).
 */
final class KnownIds {

    private long[] ids;
    private int size;
    private int found;

    private KnownIds() {
    }

    /**
     * Looks up the identities of the whole source, slice by slice, on the caller's connection, while the next slices
     * are read (generated) on another thread.
     */
    static KnownIds resolve(DraftSlices source, int slice, EnterpriseRows rows) {
        KnownIds known = new KnownIds();
        try (Ahead<DraftSlices.Drafted> ahead = Ahead.start("synthetic-identities", 2, () -> {
            DraftSlices.Drafted next = source.next(slice);
            return next.isEmpty() ? null : next;
        })) {
            for (DraftSlices.Drafted next = ahead.next(); next != null; next = ahead.next()) {
                List<Long> ids = rows.resolve(next.drafts()).ids();
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i) != null) {
                        known.put(known.size + i, ids.get(i));
                    }
                }
                known.size += ids.size();
            }
        }
        return known;
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
