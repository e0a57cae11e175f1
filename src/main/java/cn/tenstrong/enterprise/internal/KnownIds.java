package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
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

    /** Looks up the identities of the whole source, slice by slice, on the caller's connection. */
    static KnownIds resolve(Iterator<SyntheticEnterprise> source, int slice, EnterpriseRows rows) {
        KnownIds known = new KnownIds();
        List<EnterpriseDraft> drafts = new ArrayList<>(slice);
        while (source.hasNext()) {
            drafts.add(EnterpriseLoaders.draft(source.next()));
            if (drafts.size() == slice || !source.hasNext()) {
                List<Long> ids = rows.resolve(drafts).ids();
                for (int i = 0; i < ids.size(); i++) {
                    if (ids.get(i) != null) {
                        known.put(known.size + i, ids.get(i));
                    }
                }
                known.size += drafts.size();
                drafts = new ArrayList<>(slice);
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
