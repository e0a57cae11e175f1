package cn.tenstrong.enterprise;

import java.util.List;
import java.util.Optional;

/**
 * 企业库: the enterprise module's public surface. Every write is validated, version-checked where it edits,
 * audited, and followed by the search index after commit.
 */
public interface EnterpriseLibrary {

    Optional<Enterprise> enterprise(long id);

    /** The enterprise or a NOT_FOUND domain error. */
    Enterprise require(long id);

    /** 按统一社会信用代码查找. */
    Optional<Enterprise> byUscc(String uscc);

    /** 导入 CSV/XLSX: all rows or none; a row whose USCC check characters fail is stored and flagged for review. */
    ImportResult importFile(byte[] content, String fileName);

    /**
     * 导入模拟企业: {@code count} enterprises of the generator (all marked 模拟数据), streamed into the library at COPY
     * speed in one transaction (all or nothing, upsert by USCC), then indexed. For generate-enterprises; no file
     * limit applies, as nothing is held in memory beyond a slice.
     */
    default ImportResult importSynthetic(SyntheticEnterpriseGenerator generator, long count) {
        return importSynthetic(generator, count, false);
    }

    /**
     * As {@link #importSynthetic(SyntheticEnterpriseGenerator, long)}; {@code deferIndexes} (暂缓索引,
     * {@code generate-enterprises --defer-indexes}) drops the enterprise and placement tables' secondary indexes and
     * foreign keys for the load and builds them again before its commit — about half the database's work per row when
     * the load is large against the library, but both tables are locked against every other reader until the commit:
     * only while nothing else uses the library (the command line, with no web server).
     */
    ImportResult importSynthetic(SyntheticEnterpriseGenerator generator, long count, boolean deferIndexes);

    /** The import template (XLSX) with the header row and one example row. */
    byte[] importTemplate();

    /** 修改企业信息 (the USCC is the key and cannot change). */
    Enterprise update(long id, EnterpriseChange change);

    /**
     * Full-text search with filters: a page and a total counted up to {@code platform.search.total-hits-threshold}
     * (beyond it a lower bound, {@link EnterpriseSearchResult#totalExact()} false). Not for figures that count
     * enterprises: {@link #count(EnterpriseQuery)} is exact.
     */
    EnterpriseSearchResult search(EnterpriseQuery query);

    /** The exact number of enterprises a search matches (its paging ignored), however many. */
    long count(EnterpriseQuery query);

    /**
     * The enterprises that best match any of these words (those using more of them, and in name or products, first),
     * at most {@code limit}, skipping those registered under a region prefix (e.g. "37" for Shandong; null for none).
     * No total is counted, so it stays fast however common the words are: for candidate lists, not for paging.
     */
    default List<Enterprise> bestMatchingAny(java.util.Collection<String> words, String excludedRegionPrefix, int limit) {
        return bestMatchingAny(words, excludedRegionPrefix, false, limit);
    }

    /** As {@link #bestMatchingAny(java.util.Collection, String, int)}; 模拟数据 only when {@code includeSynthetic}. */
    List<Enterprise> bestMatchingAny(java.util.Collection<String> words, String excludedRegionPrefix,
                                     boolean includeSynthetic, int limit);

    /** 主营产品构成 of an enterprise, largest revenue share first. */
    List<EnterpriseProduct> products(long enterpriseId);

    /**
     * Enterprises whose 主营产品构成 has a product naming one of these words, largest matching revenue share first,
     * at most {@code limit}, skipping a region prefix (null for none); 模拟数据 only when {@code includeSynthetic}.
     */
    List<Enterprise> namingInProducts(java.util.Collection<String> words, String excludedRegionPrefix,
                                      boolean includeSynthetic, int limit);

    /** 主营产品构成 of several enterprises in one lookup (enterprises without products are absent). */
    java.util.Map<Long, List<EnterpriseProduct>> products(java.util.Collection<Long> enterpriseIds);

    /** Placements of an enterprise, best first. */
    List<Placement> placements(long enterpriseId);

    /** 确认 an automatic placement, optionally changing the role. */
    Placement confirmPlacement(long enterpriseId, String chainCode, String segmentCode, int version, PlacementRole role);

    /** 驳回 a placement; automatic matching will not add it again. */
    Placement rejectPlacement(long enterpriseId, String chainCode, String segmentCode, int version);

    /** 手工挂链 on a leaf segment (confirmed at once). */
    Placement place(long enterpriseId, String chainCode, String segmentCode, PlacementRole role);

    /** Rebuilds the search index from the database; returns the number of documents. */
    long rebuildIndex();

    /** How many enterprises the library holds. */
    long count();

    /**
     * 上市公司数: enterprises of a region (code prefix, e.g. "37" for Shandong) whose 上市日期 lies between two days
     * (both included); synthetic enterprises never count.
     */
    long countListed(String regionPrefix, java.time.LocalDate from, java.time.LocalDate to);

    /** 数据基础: how many real enterprises (by source) and synthetic ones a figure can count. */
    DataBasis dataBasis(boolean includeSynthetic);
}
