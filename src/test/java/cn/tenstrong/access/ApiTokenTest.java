package cn.tenstrong.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: shown once, stored hashed, scoped, expiring, revocable, audited; Basic keeps working. */
class ApiTokenTest extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(tsq_[A-Za-z0-9]{40})\"");
    private static final Pattern ID = Pattern.compile("\"record\":\\{\"id\":(\\d+)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenStandsForItsAccountUntilRevoked() throws Exception {
        Map<String, String> demo = demoPasswords();
        Http http = new Http(baseUrl());
        HttpResponse<String> created = http.send("POST", "/api/access/tokens", "agency", demo.get("agency"),
                "{\"name\":\"报表脚本\",\"scope\":\"WRITE\",\"validDays\":30}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = group(TOKEN, created.body());
        long id = Long.parseLong(group(ID, created.body()));

        HttpResponse<String> me = bearer("GET", "/api/access/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"agency\"");
        // only the hash is stored, and the listing shows the first characters only
        assertThat(jdbc.sql("select count(*) from access_api_token where token_hash = encode(sha256(convert_to(:t, 'UTF8')), 'hex')")
                .param("t", token).query(Long.class).single()).isEqualTo(1L);
        assertThat(http.get("/api/access/tokens", "agency", demo.get("agency")).body())
                .contains("\"hint\":\"" + token.substring(0, 10) + "\"").doesNotContain(token);

        // a token may not mint tokens; another account may not revoke it; its owner may
        assertThat(bearer("POST", "/api/access/tokens", token, "{\"name\":\"再来一个\",\"scope\":\"WRITE\"}").statusCode())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "/api/access/tokens/" + id, "city", demo.get("city"), null).statusCode())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "/api/access/tokens/" + id, "agency", demo.get("agency"), null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> revoked = bearer("GET", "/api/access/me", token, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(revoked.body()).contains("令牌无效、已过期或已撤销");
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_log where entity_type = 'access.api-token' and entity_id = :id")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("CREATE,REVOKE");
    }

    @Test
    void aReadTokenOnlyReadsAndAnExpiredTokenIsRefused() throws Exception {
        Map<String, String> demo = demoPasswords();
        Http http = new Http(baseUrl());
        HttpResponse<String> created = http.send("POST", "/api/access/tokens", "admin", demo.get("admin"),
                "{\"name\":\"只读\",\"scope\":\"READ\",\"validDays\":7}");
        String token = group(TOKEN, created.body());
        long id = Long.parseLong(group(ID, created.body()));
        assertThat(bearer("GET", "/api/org/regions", token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> write = bearer("POST", "/api/access/users", token, "{}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("只读令牌");

        assertThat(http.send("POST", "/api/access/tokens", "admin", demo.get("admin"),
                "{\"name\":\"太久\",\"scope\":\"READ\",\"validDays\":400}").statusCode()).isEqualTo(422);
        jdbc.sql("update access_api_token set expires_at = now() - interval '1 second' where id = :id").param("id", id).update();
        // a fresh token string has never been cached; an unknown one is refused alike
        assertThat(bearer("GET", "/api/org/regions", "tsq_" + "x".repeat(40), null).statusCode()).isEqualTo(401);
        Thread.sleep(100);
        assertThat(http.get("/api/access/tokens?all=true", "admin", demo.get("admin")).body()).contains("\"name\":\"只读\"");
    }

    private HttpResponse<String> bearer(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
