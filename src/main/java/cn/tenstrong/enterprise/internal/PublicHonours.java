package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.persistence.HonourRows;
import cn.tenstrong.shared.CsvData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 荣誉（自述） from enterprise/reference/honours.csv: each row becomes a self-reported honour of the listed company
 * (by stock code) with its evidence sentence; the honour's platform tag comes from honour-tags.csv (none for titles
 * the platform has no tag for). Decided honours keep their decision when the file is loaded again.
 */
@Component
class PublicHonours {

    static final String HONOURS = "enterprise/reference/honours.csv";
    static final String TAGS = "enterprise/reference/honour-tags.csv";

    private final HonourRows honours;
    private final JdbcClient jdbc;

    PublicHonours(HonourRows honours, JdbcClient jdbc) {
        this.honours = honours;
        this.jdbc = jdbc;
    }

    /** Loads the honours; returns how many were added. */
    int load() {
        Map<String, EnterpriseTag> tagOf = new HashMap<>();
        for (Map<String, String> t : CsvData.readClasspath(TAGS)) {
            tagOf.put(t.get("honour"), t.get("tag").isEmpty() ? null : EnterpriseTag.valueOf(t.get("tag")));
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select stock_code, id from enterprise where stock_code is not null").query((java.sql.ResultSet rs) -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        List<HonourRows.NewHonour> rows = new ArrayList<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Map<String, String> h : CsvData.readClasspath(HONOURS)) {
            Long id = ids.get(h.get("stock_code"));
            if (id == null) {
                continue;
            }
            if (!tagOf.containsKey(h.get("honour"))) {
                throw new IllegalStateException(TAGS + " 缺少荣誉“" + h.get("honour") + "”的标签对应");
            }
            touched.add(id);
            rows.add(new HonourRows.NewHonour(id, h.get("honour"), tagOf.get(h.get("honour")), h.get("level"),
                    h.get("batch"), h.get("batch_year").isEmpty() ? null : Integer.valueOf(h.get("batch_year")),
                    h.get("holder"), h.get("evidence"), "企业自述：" + h.get("source")));
        }
        int added = honours.insertMissing(rows);
        honours.refreshClaimedTags(new ArrayList<>(touched));
        return added;
    }
}
