package cn.tenstrong.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.ChainLeader;
import cn.tenstrong.enterprise.ChainLeaders;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.shared.CsvData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the 链主 assignments of chain/chain-leaders.csv and applies them to the enterprise rows that carry their
 * stock code (when the library has a stock_code column, added with the listed-company import) or their name
 * (full width and half width brackets alike; a seed-named enterprise by the seed's name). Each assignment applies
 * once per enterprise: the placement becomes 链主, confirmed, unless the task force has decided it already; the
 * task force's later decisions stand. Assignments whose enterprise is not in the library yet wait, counted in the log.
 */
@Service
class ChainLeaderService implements ChainLeaders {

    static final String FILE = "chain/chain-leaders.csv";
    private static final Logger log = LoggerFactory.getLogger(ChainLeaderService.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ChainLeaderService(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<ChainLeader> leaders(String chainCode) {
        return jdbc.sql(SELECT + " where l.chain_code = :c group by l.id order by l.id").param("c", chainCode)
                .query(ChainLeaderService::map).list();
    }

    @Override
    public List<ChainLeader> all() {
        return jdbc.sql(SELECT + " group by l.id order by l.id").query(ChainLeaderService::map).list();
    }

    private static final String SELECT = """
            select l.*, coalesce(array_agg(a.enterprise_id order by a.enterprise_id)
                                 filter (where a.enterprise_id is not null), '{}') as enterprise_ids
            from enterprise_chain_leader l left join enterprise_chain_leader_applied a on a.leader_id = l.id
            """;

    /** Stores the assignments not stored yet (the file may grow); returns how many were new. */
    @Transactional
    public int store() {
        int added = 0;
        for (Map<String, String> r : CsvData.readClasspath(FILE)) {
            added += jdbc.sql("""
                    insert into enterprise_chain_leader (chain_code, segment_code, name, stock_code, seed_name, basis_kind,
                                                         basis, seed_line, revenue, revenue_year, matched_term)
                    values (:c, :s, :name, :stock, :seed, :kind, :basis, :line, :rev, :year, :term)
                    on conflict (chain_code, segment_code, stock_code, seed_name) do nothing
                    """).param("c", r.get("chain_code")).param("s", r.get("segment_code")).param("name", r.get("name"))
                    .param("stock", r.get("stock_code")).param("seed", r.get("seed_name"))
                    .param("kind", r.get("basis_kind")).param("basis", r.get("basis"))
                    .param("line", r.get("seed_line").isEmpty() ? null : Integer.valueOf(r.get("seed_line")))
                    .param("rev", r.get("revenue_wan").isEmpty() ? null : new java.math.BigDecimal(r.get("revenue_wan")))
                    .param("year", r.get("revenue_year").isEmpty() ? null : Integer.valueOf(r.get("revenue_year")))
                    .param("term", r.get("matched_term")).update();
        }
        return added;
    }

    /** The outcome of applying the assignments. */
    record Applied(int placements, int waiting, List<Long> enterprises) {
    }

    /** Applies every assignment to the enterprise rows that match it and have not had it yet. */
    @Transactional
    public Applied apply() {
        return apply(null);
    }

    /** The same, looking only at the given enterprises ({@code null}: all). */
    @Transactional
    public Applied apply(java.util.Collection<Long> only) {
        boolean stockColumn = jdbc.sql("""
                select exists (select 1 from information_schema.columns
                               where table_name = 'enterprise' and column_name = 'stock_code')
                """).query(Boolean.class).single();
        String byStock = stockColumn ? "(:stock <> '' and e.stock_code = :stock) or " : "";
        int placements = 0;
        int waiting = 0;
        List<Long> changed = new ArrayList<>();
        for (ChainLeader l : all()) {
            List<Long> ids = jdbc.sql("select e.id from enterprise e where (" + byStock + """
                    (:name <> '' and translate(e.name, '（）', '()') = translate(:name, '（）', '()'))
                    or (:seedKind and e.source = 'SEED_PLAN'
                        and translate(e.name, '（）', '()') = translate(:seed, '（）', '()')))
                    and (:all or e.id = any (:only))
                    and not exists (select 1 from enterprise_chain_leader_applied a
                                    where a.leader_id = :leader and a.enterprise_id = e.id)
                    order by e.id
                    """).param("stock", l.stockCode()).param("name", l.name())
                    .param("seedKind", l.basisKind() == ChainLeader.Basis.SEED).param("seed", l.seedName())
                    .param("leader", l.id()).param("all", only == null)
                    .param("only", only == null ? new Long[0] : only.toArray(Long[]::new)).query(Long.class).list();
            if (ids.isEmpty() && l.enterpriseIds().isEmpty()) {
                waiting++;
            }
            for (long id : ids) {
                // the start-up run and the after-commit refresh may apply the same leader at once: whoever records it
                // first places it, the other finds the row (it waits for that transaction) and leaves it
                if (jdbc.sql("""
                        insert into enterprise_chain_leader_applied (leader_id, enterprise_id) values (:l, :e)
                        on conflict do nothing
                        """).param("l", l.id()).param("e", id).update() == 1) {
                    placements += place(l, id);
                    changed.add(id);
                }
            }
        }
        if (!changed.isEmpty()) {
            audit.record("SEED", "enterprise.chain-leader", FILE, null,
                    Map.of("enterprises", changed.size(), "placements", placements, "waiting", waiting));
            events.publishEvent(new EnterprisesChanged(changed));
        }
        return new Applied(placements, waiting, changed);
    }

    /**
     * Makes the enterprise the segment's 链主: a new placement, or an automatic suggestion or the plan loader's own
     * placement upgraded; a placement the task force decided (confirmed, rejected, placed by hand) stays as it is.
     * 1 when it changed.
     */
    private int place(ChainLeader l, long enterpriseId) {
        String method = l.basisKind() == ChainLeader.Basis.SEED ? "SEED" : "REFERENCE";
        String by = "链主依据（" + l.basisKind().label() + "）";
        int changed = jdbc.sql("""
                insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status,
                                                  confidence, matched_terms, decided_by, decided_at)
                values (:e, :c, :s, 'LEADER', :m, 'CONFIRMED', 1, :term, :by, now())
                on conflict (enterprise_id, chain_code, segment_code) do update
                    set role = 'LEADER', status = 'CONFIRMED', decided_by = excluded.decided_by, decided_at = now(),
                        method = case when enterprise_placement.status = 'SUGGESTED' then excluded.method
                                      else enterprise_placement.method end,
                        version = enterprise_placement.version + 1
                    where enterprise_placement.role <> 'LEADER'
                      and (enterprise_placement.status = 'SUGGESTED'
                           or (enterprise_placement.method = 'SEED' and enterprise_placement.decided_by = '行动计划'))
                """).param("e", enterpriseId).param("c", l.chainCode()).param("s", l.segmentCode()).param("m", method)
                .param("term", l.matchedTerm()).param("by", by).update();
        jdbc.sql("""
                update enterprise set tags = case when tags = '' then 'CHAIN_LEADER' else tags || '|CHAIN_LEADER' end,
                       version = version + 1, updated_at = now()
                where id = :e and not ('CHAIN_LEADER' = any (string_to_array(tags, '|')))
                """).param("e", enterpriseId).update();
        return changed;
    }

    void logOutcome(int stored, Applied applied) {
        long chains = all().stream().map(ChainLeader::chainCode).distinct().count();
        log.info("Chain leaders: {} assignments on {} chains ({} new); applied to {} enterprises ({} placements), "
                + "{} waiting for their enterprise to enter the library", all().size(), chains, stored,
                applied.enterprises().size(), applied.placements(), applied.waiting());
    }

    private static ChainLeader map(ResultSet rs, int row) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("enterprise_ids").getArray();
        return new ChainLeader(rs.getLong("id"), rs.getString("chain_code"), rs.getString("segment_code"),
                rs.getString("name"), rs.getString("stock_code"), rs.getString("seed_name"),
                ChainLeader.Basis.valueOf(rs.getString("basis_kind")), rs.getString("basis"),
                (Integer) rs.getObject("seed_line", Integer.class), rs.getBigDecimal("revenue"),
                (Integer) rs.getObject("revenue_year", Integer.class), rs.getString("matched_term"), List.of(ids));
    }
}
