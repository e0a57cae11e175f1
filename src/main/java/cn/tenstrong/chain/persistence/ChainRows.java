package cn.tenstrong.chain.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.chain.ChainBasis;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.ChainListKind;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.SegmentRecord;
import cn.tenstrong.chain.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the stored chain catalog and the per-chain lists. */
@Repository
public class ChainRows {

    /** Separator of terms in the keywords / products / gbt_codes columns. */
    public static final String SEP = "|";

    private static final String SELECT_CHAIN = """
            select c.*, (select count(*) from chain_segment s where s.chain_code = c.code) as segments,
                   (select count(*) from chain_segment s where s.chain_code = c.code and not exists
                       (select 1 from chain_segment k where k.chain_code = s.chain_code and k.parent_code = s.code)) as leaves
            from chain_chain c
            """;
    private static final String SELECT_SEGMENT = """
            select s.*, not exists (select 1 from chain_segment k where k.chain_code = s.chain_code
                                    and k.parent_code = s.code) as leaf
            from chain_segment s
            """;

    private final JdbcClient jdbc;

    public ChainRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a chain unless it exists; returns whether it was inserted. */
    public boolean insertChainIfMissing(String code, String name, String industryCode, String industryName, String basis,
                                        String sourceNote, String note, String file, int sortOrder) {
        return jdbc.sql("""
                insert into chain_chain (code, name, industry_code, industry_name, basis, source_note, note, file, sort_order)
                values (:code, :name, :ic, :in, :basis, :src, :note, :file, :sort) on conflict (code) do nothing
                """).param("code", code).param("name", name).param("ic", industryCode).param("in", industryName)
                .param("basis", basis).param("src", sourceNote).param("note", note).param("file", file)
                .param("sort", sortOrder).update() == 1;
    }

    /** Inserts a segment unless it exists (parents must come first); returns whether it was inserted. */
    public boolean insertSegmentIfMissing(String chainCode, String code, String name, String stage, int depth,
                                          String parentCode, int sortOrder, List<String> keywords, List<String> products,
                                          List<String> gbtCodes) {
        return jdbc.sql("""
                insert into chain_segment (chain_code, code, name, stage, depth, parent_code, sort_order, keywords,
                                           products, gbt_codes)
                values (:chain, :code, :name, :stage, :depth, :parent, :sort, :kw, :pr, :gbt)
                on conflict (chain_code, code) do nothing
                """).param("chain", chainCode).param("code", code).param("name", name).param("stage", stage)
                .param("depth", depth).param("parent", parentCode).param("sort", sortOrder)
                .param("kw", join(keywords)).param("pr", join(products)).param("gbt", join(gbtCodes)).update() == 1;
    }

    public List<ChainSummary> chains() {
        return jdbc.sql(SELECT_CHAIN + " order by c.sort_order, c.code").query(ChainRows::mapChain).list();
    }

    public Optional<ChainSummary> chain(String code) {
        return jdbc.sql(SELECT_CHAIN + " where c.code = :code").param("code", code).query(ChainRows::mapChain).optional();
    }

    public List<SegmentRecord> segments(String chainCode) {
        return jdbc.sql(SELECT_SEGMENT + " where s.chain_code = :chain order by s.sort_order")
                .param("chain", chainCode).query(ChainRows::mapSegment).list();
    }

    public List<SegmentRecord> allSegments() {
        return jdbc.sql(SELECT_SEGMENT + " join chain_chain c on c.code = s.chain_code order by c.sort_order, c.code, s.sort_order")
                .query(ChainRows::mapSegment).list();
    }

    public Optional<SegmentRecord> segment(String chainCode, String code) {
        return jdbc.sql(SELECT_SEGMENT + " where s.chain_code = :chain and s.code = :code").param("chain", chainCode)
                .param("code", code).query(ChainRows::mapSegment).optional();
    }

    /** Updates when the version still matches; false when someone else changed it first. */
    public boolean updateSegment(String chainCode, String code, int version, String name, List<String> keywords,
                                 List<String> products, List<String> gbtCodes) {
        return jdbc.sql("""
                update chain_segment set name = :name, keywords = :kw, products = :pr, gbt_codes = :gbt, edited = true,
                       version = version + 1, updated_at = now()
                where chain_code = :chain and code = :code and version = :version
                """).param("chain", chainCode).param("code", code).param("version", version).param("name", name)
                .param("kw", join(keywords)).param("pr", join(products)).param("gbt", join(gbtCodes)).update() == 1;
    }

    public boolean updateGapThreshold(String chainCode, int version, BigDecimal quotient) {
        return jdbc.sql("""
                update chain_chain set gap_quotient = :q, version = version + 1, updated_at = now()
                where code = :code and version = :version
                """).param("code", chainCode).param("version", version).param("q", quotient).update() == 1;
    }

    public List<ChainListItem> listItems(String chainCode, ChainListKind kind) {
        return jdbc.sql("select * from chain_list_item where chain_code = :chain and kind = :kind order by id")
                .param("chain", chainCode).param("kind", kind.name()).query(ChainRows::mapItem).list();
    }

    public Optional<ChainListItem> listItem(long id) {
        return jdbc.sql("select * from chain_list_item where id = :id").param("id", id).query(ChainRows::mapItem).optional();
    }

    public long insertListItem(String chainCode, ChainListKind kind, String title, String detail, String segmentCode) {
        return jdbc.sql("""
                insert into chain_list_item (chain_code, kind, title, detail, segment_code)
                values (:chain, :kind, :title, :detail, :seg) returning id
                """).param("chain", chainCode).param("kind", kind.name()).param("title", title).param("detail", detail)
                .param("seg", segmentCode).query(Long.class).single();
    }

    /** Stores an entry taken from the seed, with its line and sentence. */
    public long insertSeedListItem(String chainCode, ChainListKind kind, String title, String segmentCode, int seedLine,
                                   String seedQuote) {
        return jdbc.sql("""
                insert into chain_list_item (chain_code, kind, title, detail, segment_code, seed_line, seed_quote)
                values (:chain, :kind, :title, '', :seg, :line, :quote) returning id
                """).param("chain", chainCode).param("kind", kind.name()).param("title", title).param("seg", segmentCode)
                .param("line", seedLine).param("quote", seedQuote).query(Long.class).single();
    }

    /** Records a seed row as stored; false when it was stored before (and must not come back). */
    public boolean markSeedRow(String kind, String key) {
        return jdbc.sql("insert into chain_seed_row (kind, key) values (:k, :key) on conflict do nothing")
                .param("k", kind).param("key", key).update() == 1;
    }

    public boolean seedRowKnown(String kind, String key) {
        return jdbc.sql("select exists (select 1 from chain_seed_row where kind = :k and key = :key)").param("k", kind)
                .param("key", key).query(Boolean.class).single();
    }

    public boolean updateListItem(long id, int version, String title, String detail, String segmentCode) {
        return jdbc.sql("""
                update chain_list_item set title = :title, detail = :detail, segment_code = :seg, version = version + 1,
                       updated_at = now() where id = :id and version = :version
                """).param("id", id).param("version", version).param("title", title).param("detail", detail)
                .param("seg", segmentCode).update() == 1;
    }

    public boolean deleteListItem(long id, int version) {
        return jdbc.sql("delete from chain_list_item where id = :id and version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    public static String join(List<String> terms) {
        return terms == null ? "" : String.join(SEP, terms);
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static ChainSummary mapChain(ResultSet rs, int row) throws SQLException {
        return new ChainSummary(rs.getString("code"), rs.getString("name"), rs.getString("industry_code"),
                rs.getString("industry_name"), ChainBasis.valueOf(rs.getString("basis")), rs.getString("source_note"),
                rs.getInt("segments"), rs.getInt("leaves"), rs.getBigDecimal("gap_quotient"), rs.getInt("version"));
    }

    private static SegmentRecord mapSegment(ResultSet rs, int row) throws SQLException {
        return new SegmentRecord(rs.getString("chain_code"), rs.getString("code"), rs.getString("name"),
                Stage.valueOf(rs.getString("stage")), rs.getInt("depth"), rs.getString("parent_code"),
                rs.getBoolean("leaf"), split(rs.getString("keywords")), split(rs.getString("products")),
                split(rs.getString("gbt_codes")), rs.getBoolean("edited"), rs.getInt("version"));
    }

    private static ChainListItem mapItem(ResultSet rs, int row) throws SQLException {
        return new ChainListItem(rs.getLong("id"), rs.getString("chain_code"), ChainListKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("detail"), rs.getString("segment_code"), rs.getInt("version"),
                (Integer) rs.getObject("seed_line", Integer.class), rs.getString("seed_quote"));
    }
}
