package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;

import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;

/**
 * 模拟企业分片: a synthetic load's source read slice by slice, each enterprise drafted for the library and numbered
 * as the same run's CSV ({@code generate-enterprises --out}) numbers its row: header on row 1. Not thread-safe: one
 * reader at a time.
 */
interface DraftSlices {

    /** The next at most {@code max} enterprises; empty when the source is done. */
    Drafted next(int max);

    /** Drafts and their row numbers, in source order. */
    record Drafted(List<EnterpriseDraft> drafts, List<Integer> rowNumbers) {

        boolean isEmpty() {
            return drafts.isEmpty();
        }
    }

    /** Read in order from an iterator, on the calling thread. */
    static DraftSlices of(Iterator<SyntheticEnterprise> source) {
        return max -> {
            List<EnterpriseDraft> drafts = new ArrayList<>(max);
            List<Integer> rows = new ArrayList<>(max);
            while (drafts.size() < max && source.hasNext()) {
                SyntheticEnterprise e = source.next();
                drafts.add(EnterpriseLoaders.draft(e));
                rows.add(Math.toIntExact(e.index() + 2));
            }
            return new Drafted(drafts, rows);
        };
    }

    /**
     * The generator's first {@code count} enterprises, each slice generated on all cores: an enterprise depends only
     * on the seed and its index, so the slices are the same as read one by one.
     */
    static DraftSlices of(SyntheticEnterpriseGenerator generator, long count) {
        long[] next = {0};
        return max -> {
            long from = next[0];
            long to = Math.min(count, from + max);
            next[0] = to;
            List<EnterpriseDraft> drafts = LongStream.range(from, to).parallel()
                    .mapToObj(i -> EnterpriseLoaders.draft(generator.enterprise(i))).toList();
            List<Integer> rows = LongStream.range(from, to).mapToObj(i -> Math.toIntExact(i + 2)).toList();
            return new Drafted(drafts, rows);
        };
    }
}
