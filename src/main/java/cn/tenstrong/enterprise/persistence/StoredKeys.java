package cn.tenstrong.enterprise.persistence;

import java.nio.charset.StandardCharsets;

import cn.tenstrong.enterprise.SyntheticEnterprise;
import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;

/**
 * 库中企业标识 (the stored enterprises' identity keys, as a Bloom filter): the keys {@link EnterpriseRows#resolve}
 * matches a draft on — its USCC, its stock code, its name among rows without a USCC. A draft none of whose keys is
 * in the filter is certainly new, so a bulk load's first pass asks the database only about the others; a false
 * positive (about one draft in a thousand) costs one lookup, never a wrong answer. 10M stored enterprises take
 * about 18 MB.
 */
public final class StoredKeys {

    /** The share of new drafts that still go to the database. */
    static final double FALSE_POSITIVES = 0.001;

    private final BloomFilter<CharSequence> keys;
    private final long stored;
    private long syntheticNames;

    StoredKeys(long expected) {
        this.keys = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), Math.max(1_000, expected),
                FALSE_POSITIVES);
        this.stored = expected;
    }

    void addUscc(String uscc) {
        keys.put(usccKey(uscc));
    }

    void addStockCode(String stockCode) {
        keys.put(stockKey(stockCode));
    }

    /** The name of a stored enterprise without a USCC. */
    void addName(String name) {
        keys.put(nameKey(name));
        if (name.endsWith(SyntheticEnterprise.MARKER)) {
            syntheticNames++;
        }
    }

    /** Whether an enterprise of this USCC may be stored; false: certainly not. */
    public boolean mayHoldUscc(String uscc) {
        return keys.mightContain(usccKey(uscc));
    }

    /**
     * How many stored enterprises without a USCC bear a synthetic name: while there are none, a synthetic draft (its
     * name always ends so, it always has a USCC and never a stock code) can be stored only under its USCC.
     */
    public long syntheticNamesWithoutUscc() {
        return syntheticNames;
    }

    /** Whether the draft may be a stored enterprise; false: certainly new. */
    public boolean mayBeStored(EnterpriseDraft d) {
        return d.uscc() != null && keys.mightContain(usccKey(d.uscc()))
                || d.stockCode() != null && keys.mightContain(stockKey(d.stockCode()))
                || d.name() != null && keys.mightContain(nameKey(d.name()));
    }

    /** How many keys the library held when read. */
    public long stored() {
        return stored;
    }

    private static String usccKey(String uscc) {
        return "U:" + uscc;
    }

    private static String stockKey(String stockCode) {
        return "S:" + stockCode;
    }

    private static String nameKey(String name) {
        return "N:" + name;
    }
}
