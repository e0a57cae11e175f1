package cn.tenstrong.enterprise;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/** A city bureau maintains its own city's enterprises and those outside Shandong, not another city's. */
class EnterpriseEditScopeTest extends IntegrationTest {

    static final String JINAN = uscc("370102", "MA3T1001");
    static final String QINGDAO = uscc("370211", "MA3T1002");
    static final String WUXI = uscc("320200", "MA3T1003");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void cityBureauEditsOnlyItsCityAndOutsideShandong() {
        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        HttpResponse<String> first = http.upload("/api/enterprises/imports", "admin", demo.get("admin"), "scope.xlsx", xlsx(List.of(
                row(JINAN, "济南范围测试有限公司", "370102", "C3985", "100", "2015-01-01", "电子元件", "电容", "", "100", "10"),
                row(QINGDAO, "青岛范围测试有限公司", "370211", "C3985", "100", "2015-01-01", "电子元件", "电容", "", "100", "10"),
                row(WUXI, "无锡范围测试有限公司", "320200", "C3985", "100", "2015-01-01", "电子元件", "电容", "", "100", "10"))));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        // the 济南 bureau (demo account "city") edits 济南 and 无锡, not 青岛
        assertThat(edit(http, demo, JINAN, "济南范围测试有限公司（改）").statusCode()).isEqualTo(200);
        assertThat(edit(http, demo, WUXI, "无锡范围测试有限公司（改）").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = edit(http, demo, QINGDAO, "青岛范围测试有限公司（改）");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("只能由所在市或省级用户维护");
        assertThat(name(QINGDAO)).isEqualTo("青岛范围测试有限公司");

        // an import that would change the 青岛 enterprise is refused whole, naming the row and column
        HttpResponse<String> imported = http.upload("/api/enterprises/imports", "city", demo.get("city"), "scope2.xlsx", xlsx(List.of(
                row(JINAN, "济南范围测试有限公司（再改）", "370102", "C3985", "100", "2015-01-01", "电子元件", "电容", "", "100", "10"),
                row(QINGDAO, "青岛范围测试有限公司（再改）", "370211", "C3985", "100", "2015-01-01", "电子元件", "电容", "", "100", "10"))));
        assertThat(imported.statusCode()).isEqualTo(422);
        assertThat(imported.body()).contains("第3行「企业」");
        assertThat(name(JINAN)).isEqualTo("济南范围测试有限公司（改）");
        assertThat(name(QINGDAO)).isEqualTo("青岛范围测试有限公司");
    }

    private String name(String uscc) {
        return jdbc.sql("select name from enterprise where uscc = :u").param("u", uscc).query(String.class).single();
    }

    private HttpResponse<String> edit(Http http, Map<String, String> demo, String uscc, String newName) {
        JsonNode e = json.readTree(http.get("/api/enterprises/" + jdbc.sql("select id from enterprise where uscc = :u")
                .param("u", uscc).query(Long.class).single(), "city", demo.get("city")).body());
        String body = "{\"version\":" + e.get("version").asInt() + ",\"name\":\"" + newName + "\",\"region\":\""
                + e.get("regionCode").asString() + "\",\"industryCode\":\"3985\",\"registeredCapital\":100,"
                + "\"businessScope\":\"电子元件\",\"mainProducts\":\"电容\",\"tags\":[],\"revenue\":100,\"employees\":10}";
        return http.send("PUT", "/api/enterprises/" + e.get("id").asLong(), "city", demo.get("city"), body);
    }
}
