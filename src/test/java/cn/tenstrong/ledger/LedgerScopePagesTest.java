package cn.tenstrong.ledger;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 台账 opens on the user's own scope, one page at a time; items on 我的事项 open the item. */
class LedgerScopePagesTest extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("<tr id=\"row-(\\d+)\"");

    @Autowired
    Ledger ledger;

    @Test
    void theLedgerOpensOnTheUsersScopeAndIsPaginated() {
        BrowserSession taskForce = session("zhuanban");
        String page = taskForce.get("/ledger").body();
        assertThat(page).contains("<option value=\"01\" selected=\"selected\"");
        int industryItems = ledger.rows("01", null).size();
        assertThat(rows(page)).isEqualTo(Math.min(industryItems, 50));
        assertThat(taskForce.get("/ledger?industry=").body()).contains("id=\"page-info\"");

        BrowserSession agency = session("agency");
        String own = agency.get("/ledger").body();
        assertThat(own).containsPattern("name=\"mine\" value=\"true\" checked");
        long orgId = ledger.rows(null, null).stream().flatMap(r -> r.item().lead().stream())
                .filter(l -> l.name().equals("省工业和信息化厅")).findFirst().orElseThrow().organizationId();
        int mine = ledger.rows(null, orgId).size();
        assertThat(mine).isGreaterThan(50);
        assertThat(rows(own)).isEqualTo(50);
        assertThat(own).contains("第 1/" + ((mine + 49) / 50) + " 页，共 " + mine + " 项");

        BrowserSession leader = session("leader");
        int all = ledger.rows(null, null).size();
        String first = leader.get("/ledger").body();
        assertThat(rows(first)).isEqualTo(50);
        int lastPage = (all + 49) / 50;
        String last = leader.get("/ledger?industry=&page=" + lastPage).body();
        assertThat(rows(last)).isEqualTo(all - (lastPage - 1) * 50);
        assertThat(last).doesNotContain("id=\"page-next\"").contains("id=\"page-prev\"");
    }

    @Test
    void itemsOn我的事项OpenTheItem() {
        BrowserSession agency = session("agency");
        String items = agency.get("/plans/items?mine=true").body();
        Matcher link = Pattern.compile("href=\"/ledger/items/(\\d+)\"").matcher(items);
        assertThat(link.find()).isTrue();
        HttpResponse<String> opened = agency.get("/ledger/items/" + link.group(1));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow())
                .matches(".*/ledger/rounds/\\d+/items/" + link.group(1) + "$");
        assertThat(agency.get("/ledger/items/999999999").statusCode()).isEqualTo(404);
    }

    private BrowserSession session(String user) {
        BrowserSession s = new BrowserSession(baseUrl());
        s.login(user, demoPasswords().get(user));
        return s;
    }

    private static int rows(String page) {
        Matcher m = ROW.matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
