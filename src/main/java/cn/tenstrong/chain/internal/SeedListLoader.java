package cn.tenstrong.chain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainListKind;
import cn.tenstrong.chain.persistence.ChainRows;
import cn.tenstrong.shared.CsvData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the seed itself says about the chains (tools/seed_lists.py): its declared weak links as 专班认定短板
 * and its 卡脖子技术 / 人才需求 entries, each with its line and verbatim sentence. A row is stored once: its key is
 * recorded, so a row the task force withdrew or deleted does not come back on the next start. All or nothing:
 * a row naming an unknown chain or segment stops the start with every such row listed.
 */
@Component
@Order(39) // after the catalog (38), before the modules that build on chain (41 on)
class SeedListLoader implements ApplicationRunner {

    static final String GAPS = "chain/declared-gaps.csv";
    static final String ITEMS = "chain/chain-list-items.csv";
    private static final Logger log = LoggerFactory.getLogger(SeedListLoader.class);

    private final ChainRows rows;
    private final JdbcDeclaredGaps gaps;
    private final AuditTrail audit;

    SeedListLoader(ChainRows rows, JdbcDeclaredGaps gaps, AuditTrail audit) {
        this.rows = rows;
        this.gaps = gaps;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Map<String, String>> gapRows = CsvData.readClasspath(GAPS);
        List<Map<String, String>> itemRows = CsvData.readClasspath(ITEMS);
        List<String> errors = new ArrayList<>();
        check(GAPS, gapRows, errors);
        check(ITEMS, itemRows, errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("行动计划清单数据有误：" + String.join("；", errors));
        }
        int newGaps = 0;
        for (Map<String, String> r : gapRows) {
            String key = String.join("|", r.get("chain_code"), r.get("segment_code"), r.get("seed_line"), r.get("term"));
            if (rows.markSeedRow("DECLARED_GAP", key)) {
                gaps.insertSeed(r.get("chain_code"), r.get("segment_code"), r.get("term"),
                        Integer.parseInt(r.get("seed_line")), r.get("seed_quote"));
                newGaps++;
            }
        }
        int newItems = 0;
        for (Map<String, String> r : itemRows) {
            String key = String.join("|", r.get("chain_code"), r.get("segment_code"), r.get("seed_line"), r.get("title"));
            ChainListKind kind = ChainListKind.valueOf(r.get("kind"));
            if (rows.markSeedRow(kind.name(), key)) {
                rows.insertSeedListItem(r.get("chain_code"), kind, r.get("title"),
                        r.get("segment_code").isEmpty() ? null : r.get("segment_code"),
                        Integer.parseInt(r.get("seed_line")), r.get("seed_quote"));
                newItems++;
            }
        }
        if (newGaps > 0 || newItems > 0) {
            audit.record("SEED", "chain.seed-lists", GAPS + "," + ITEMS, null,
                    Map.of("declaredGaps", newGaps, "listItems", newItems));
        }
        log.info("Seed lists: {} declared gaps and {} choke-point/talent entries in the data, {} and {} newly stored",
                gapRows.size(), itemRows.size(), newGaps, newItems);
    }

    private void check(String file, List<Map<String, String>> data, List<String> errors) {
        for (int i = 0; i < data.size(); i++) {
            Map<String, String> r = data.get(i);
            String where = file + "第" + (i + 2) + "行";
            String chain = r.getOrDefault("chain_code", "");
            String segment = r.getOrDefault("segment_code", "");
            if (rows.chain(chain).isEmpty()) {
                errors.add(where + "「chain_code」：产业链“" + chain + "”不存在");
            } else if ((!segment.isEmpty() || r.containsKey("term")) && rows.segment(chain, segment).isEmpty()) {
                errors.add(where + "「segment_code」：环节“" + segment + "”不属于产业链" + chain);
            }
            if (!r.getOrDefault("seed_line", "").matches("\\d{1,5}")) {
                errors.add(where + "「seed_line」：应为行号");
            }
            if (r.getOrDefault("seed_quote", "").isBlank()) {
                errors.add(where + "「seed_quote」：缺少行动计划原文");
            }
            if (r.containsKey("kind") && !r.get("kind").equals("CHOKE_POINT") && !r.get("kind").equals("TALENT")) {
                errors.add(where + "「kind」：应为 CHOKE_POINT 或 TALENT");
            }
        }
    }
}
