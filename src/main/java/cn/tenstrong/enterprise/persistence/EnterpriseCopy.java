package cn.tenstrong.enterprise.persistence;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 批量写入 (bulk writes at COPY speed): new enterprises are copied straight into the table under ids drawn from its
 * sequence beforehand (so their placements need no lookup); updates are copied into a staging table and merged in one
 * statement with the same rules as a single row's update; placements are copied too. Everything runs on the
 * connection of the caller's transaction: a refused row fails the whole import, and the error names its file row.
 */
@Repository
public class EnterpriseCopy {

    private static final String COLUMNS = """
            uscc, name, region_code, region_name, local, industry_code, registered_capital, founded_on, business_scope,
            main_products, tags, revenue, employees, source, synthetic, needs_review, review_note, stock_code, exchange,
            board, listed_on, sw_industry_code, sw_industry_name, revenue_year, provenance""";
    private static final int COLUMN_COUNT = 25;

    /** The staging table of an update: the enterprise's columns, its id and its place in the file. */
    private static final String STAGING = """
            create temp table if not exists enterprise_load (
                id bigint not null, line integer not null, uscc varchar(18), name text, region_code varchar(6),
                region_name text, local boolean, industry_code varchar(5), registered_capital numeric(18, 2),
                founded_on date, business_scope text, main_products text, tags text, revenue numeric(18, 2),
                employees integer, source text, synthetic boolean, needs_review boolean, review_note text,
                stock_code varchar(12), exchange text, board text, listed_on date, sw_industry_code varchar(6),
                sw_industry_name text, revenue_year smallint, provenance text
            ) on commit drop
            """;

    /**
     * An import's update of the enterprises it identified, all staged rows at once: the file's values replace the
     * stored ones; a USCC or stock code only fills a gap (never changes an identity); listing and SW fields are kept
     * when the file has none, and so is 上市 for an enterprise with a stock code (it follows the listing, not the
     * file's tag column); a plan-named row becomes the import's source; stored provenance says that later imports
     * changed values.
     */
    private static final String MERGE = """
            update enterprise e set uscc = coalesce(e.uscc, l.uscc), stock_code = coalesce(e.stock_code, l.stock_code),
                name = l.name, region_code = l.region_code, region_name = l.region_name, local = l.local,
                industry_code = l.industry_code, registered_capital = l.registered_capital, founded_on = l.founded_on,
                business_scope = l.business_scope, main_products = l.main_products,
                tags = case when coalesce(e.stock_code, l.stock_code) is not null and position('LISTED' in l.tags) = 0
                            then concat_ws('|', nullif(l.tags, ''), 'LISTED') else l.tags end,
                revenue = l.revenue, employees = l.employees, synthetic = l.synthetic, needs_review = l.needs_review,
                review_note = l.review_note,
                exchange = case when l.stock_code is null then e.exchange else l.exchange end,
                board = case when l.stock_code is null then e.board else l.board end,
                listed_on = case when l.stock_code is null then e.listed_on else l.listed_on end,
                sw_industry_code = coalesce(l.sw_industry_code, e.sw_industry_code),
                sw_industry_name = case when l.sw_industry_code is null then e.sw_industry_name else l.sw_industry_name end,
                revenue_year = l.revenue_year,
                provenance = case when l.provenance <> '' then l.provenance
                                  when e.provenance = '' or e.provenance like '%' || :laterNote then e.provenance
                                  else e.provenance || :laterNote end,
                source = case when e.source = 'SEED_PLAN' then l.source else e.source end,
                version = e.version + 1, updated_at = now()
            from enterprise_load l where e.id = l.id
            """;

    private static final String PLACEMENT_COLUMNS = """
            enterprise_id, chain_code, segment_code, role, method, status, confidence, matched_terms, decided_by,
            decided_at, evidence, enterprise_revenue, enterprise_local, enterprise_synthetic""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public EnterpriseCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Ids for new enterprises, drawn from the table's sequence. Any connection will do (a sequence is not rolled back
     * with a failed import anyway), so a bulk load draws them on the thread that prepares the next slice.
     */
    public List<Long> reserveIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('enterprise_id_seq') from generate_series(1, :n)").param("n", count)
                .query(Long.class).list();
    }

    /** New enterprises' rows under the given ids, encoded for {@link #insert(CopyRows, List, List)} (any thread). */
    public CopyRows encode(List<EnterpriseDraft> drafts, List<Long> ids) {
        CopyRows rows = new CopyRows(1 + COLUMN_COUNT, drafts.size() * 640);
        for (int i = 0; i < drafts.size(); i++) {
            values(rows.int8(ids.get(i)), drafts.get(i));
        }
        return rows;
    }

    /**
     * Inserts the rows {@link #encode} made of these drafts with one COPY, on the connection of the current
     * transaction.
     *
     * @param rowNumbers the file row of each draft (for the error of a refused row)
     */
    public void insert(CopyRows encoded, List<EnterpriseDraft> drafts, List<Integer> rowNumbers) {
        if (encoded.rows() == 0) {
            return;
        }
        try (CopyBinary copy = CopyBinary.open(dataSource, "copy enterprise (id, " + COLUMNS
                + ") from stdin (format binary)", 1 + COLUMN_COUNT)) {
            copy.send(encoded);
            copy.finish();
        } catch (CopyBinary.CopyFailedException e) {
            throw CopyFailure.of(e, line -> rowOf(rowNumbers, line - 1), key -> rowOfKey(drafts, rowNumbers, key));
        }
    }

    /**
     * Updates the enterprises the drafts were identified as (see {@link #MERGE}), through a staging table and one
     * merge.
     */
    public void update(List<EnterpriseDraft> drafts, List<Long> ids, List<Integer> rowNumbers) {
        if (drafts.isEmpty()) {
            return;
        }
        jdbc.sql(STAGING).update();
        jdbc.sql("truncate enterprise_load").update();
        CopyRows rows = new CopyRows(2 + COLUMN_COUNT, drafts.size() * 640);
        for (int i = 0; i < drafts.size(); i++) {
            values(rows.int8(ids.get(i)).int4(i + 1), drafts.get(i));
        }
        try (CopyBinary copy = CopyBinary.open(dataSource, "copy enterprise_load (id, line, " + COLUMNS
                + ") from stdin (format binary)", 2 + COLUMN_COUNT)) {
            copy.send(rows);
            copy.finish();
        } catch (CopyBinary.CopyFailedException e) {
            throw CopyFailure.of(e, line -> rowOf(rowNumbers, line - 1), key -> rowOfKey(drafts, rowNumbers, key));
        }
        try {
            jdbc.sql(MERGE).param("laterNote", EnterpriseRows.LATER_IMPORT_NOTE).update();
        } catch (org.springframework.dao.DataAccessException e) {
            if (e.getMostSpecificCause() instanceof java.sql.SQLException sql) {
                throw CopyFailure.of(new CopyBinary.CopyFailedException(sql, 0), line -> 0,
                        key -> rowOfKey(drafts, rowNumbers, key));
            }
            throw e;
        }
    }

    /** When the current transaction started, in microseconds since 1970 (a decided placement's time). */
    public long transactionMicros() {
        return jdbc.sql("select (extract(epoch from now()) * 1000000)::bigint").query(Long.class).single();
    }

    /**
     * Placements encoded for {@link #insertPlacements(CopyRows)} (any thread); a decided one is decided at
     * {@code decidedAtMicros}.
     */
    public CopyRows encodePlacements(List<NewPlacement> placements, long decidedAtMicros) {
        CopyRows rows = new CopyRows(14, placements.size() * 200);
        for (NewPlacement p : placements) {
            NewPlacement.ListKey key = p.listKey();
            rows.int8(p.enterpriseId()).text(p.chainCode()).text(p.segmentCode()).text(p.role().name())
                    .text(p.method().name()).text(p.status().name())
                    .numeric(java.math.BigDecimal.valueOf(p.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
                    .text(String.join("|", p.terms())).text(p.decidedBy())
                    .timestamp(p.decidedBy() == null ? null : decidedAtMicros).text(p.evidence())
                    .numeric(key == null ? null : key.revenue()).bool(key == null ? null : key.local())
                    .bool(key == null ? null : key.synthetic());
            rows.endRow();
        }
        return rows;
    }

    /**
     * Inserts placements {@link #encodePlacements} encoded, with one COPY; returns how many. Only for enterprises that
     * have none on these segments (new ones): a duplicate fails the load.
     */
    public int insertPlacements(CopyRows encoded) {
        if (encoded.rows() == 0) {
            return 0;
        }
        try (CopyBinary copy = CopyBinary.open(dataSource, "copy enterprise_placement (" + PLACEMENT_COLUMNS
                + ") from stdin (format binary)", 14)) {
            copy.send(encoded);
            return (int) copy.finish();
        }
    }

    private static void values(CopyRows copy, EnterpriseDraft d) {
        copy.text(d.uscc()).text(d.name()).text(d.regionCode()).text(d.regionName()).bool(d.local())
                .text(d.industryCode()).numeric(d.registeredCapital()).date(d.foundedOn()).text(d.businessScope())
                .text(d.mainProducts()).text(EnterpriseRows.tags(d.tags())).numeric(d.revenue()).int4(d.employees())
                .text(d.source().name()).bool(d.synthetic()).bool(d.needsReview()).text(d.reviewNote())
                .text(d.stockCode()).text(d.listing() == null ? "" : d.listing().exchange())
                .text(d.listing() == null ? "" : d.listing().board())
                .date(d.listing() == null ? null : d.listing().listedOn()).text(d.swIndustryCode())
                .text(d.swIndustryName()).int2(d.revenueYear()).text(d.provenance());
        copy.endRow();
    }

    private static int rowOf(List<Integer> rowNumbers, int index) {
        return rowNumbers == null || index < 0 || index >= rowNumbers.size() ? 0 : rowNumbers.get(index);
    }

    /** The file row of the draft whose USCC, stock code or name (+ province) the database names. */
    private static int rowOfKey(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, String key) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < drafts.size() && found.isEmpty(); i++) {
            EnterpriseDraft d = drafts.get(i);
            if (key.equals(d.uscc()) || key.equals(d.stockCode()) || key.equals(d.name() + ", " + d.provinceCode())) {
                found.add(rowOf(rowNumbers, i));
            }
        }
        return found.isEmpty() ? 0 : found.get(0);
    }
}
