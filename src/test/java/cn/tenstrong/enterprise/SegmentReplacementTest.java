package cn.tenstrong.enterprise;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.SegmentChange;
import cn.tenstrong.chain.SegmentRecord;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After the task force changes a segment's words, automatic suggestions follow in the background. */
class SegmentReplacementTest extends IntegrationTest {

    static final String USCC = uscc("320500", "MA3T2001");

    @Autowired
    ChainDirectory chains;
    @Autowired
    EnterpriseLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aNewKeywordPlacesTheEnterprisesThatUseItAndRemovingItTakesThemOff() {
        HttpResponse<String> r = new Http(baseUrl()).upload("/api/enterprises/imports", "admin", demoPasswords().get("admin"),
                "replace.xlsx", xlsx(List.of(row(USCC, "苏州澄湖钒膜测试有限公司", "320500", "C3985", "1000", "2016-01-01",
                        "一般项目：澄湖钒液流膜片的研发、生产", "澄湖钒液流膜片", "", "20000", "80"))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long id = jdbc.sql("select id from enterprise where uscc = :u").param("u", USCC).query(Long.class).single();
        assertThat(onWafer(id)).isFalse();
        // re-placement finds the enterprises using a word through the search index: let the import's sync land first
        cn.tenstrong.support.AfterCommit.await(jdbc);

        SegmentRecord wafer = chains.segment("integrated-circuit", "silicon-wafer").orElseThrow();
        List<String> keywords = new ArrayList<>(wafer.keywords());
        keywords.add("澄湖钒液流膜片");
        AsUser as = new AsUser(users);
        as.call("zhuanban", () -> chains.updateSegment(new SegmentChange("integrated-circuit", "silicon-wafer",
                wafer.version(), wafer.name(), keywords, wafer.products(), wafer.gbtCodes())));
        await().atMost(Duration.ofSeconds(60)).until(() -> onWafer(id));
        Placement p = library.placements(id).stream().filter(x -> x.segmentCode().equals("silicon-wafer")).findFirst()
                .orElseThrow();
        assertThat(p.status()).isEqualTo(PlacementStatus.SUGGESTED);
        assertThat(p.matchedTerms()).contains("澄湖钒液流膜片");
        assertThat(p.segmentName()).isEqualTo(wafer.name());

        SegmentRecord edited = chains.segment("integrated-circuit", "silicon-wafer").orElseThrow();
        as.call("zhuanban", () -> chains.updateSegment(new SegmentChange("integrated-circuit", "silicon-wafer",
                edited.version(), edited.name(), wafer.keywords(), wafer.products(), wafer.gbtCodes())));
        await().atMost(Duration.ofSeconds(60)).until(() -> !onWafer(id));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'REPLACE' and entity_id = 'integrated-circuit/silicon-wafer'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private boolean onWafer(long id) {
        return library.placements(id).stream().anyMatch(p -> p.chainCode().equals("integrated-circuit")
                && p.segmentCode().equals("silicon-wafer") && p.status() != PlacementStatus.REJECTED);
    }
}
