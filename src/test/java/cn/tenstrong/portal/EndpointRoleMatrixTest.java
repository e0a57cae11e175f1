package cn.tenstrong.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, called anonymously and as each demo role, about a record that does not
 * exist and with an empty body (so nothing real is changed): never a 5xx; every error is a Chinese
 * {@code application/problem+json} without library internals; anonymous callers always get 401; the read-only
 * leader never gets a 2xx for a write. Which rows each role sees is {@link ScopeMatrixTest}'s subject.
 */
class EndpointRoleMatrixTest extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "zhuanban", "agency", "city", "park", "leader");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** Words that give away the platform's insides in an error text. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|org\\.springframework|org\\.apache|java\\.lang|tools\\.jackson|at cn\\.tenstrong|SQL|PSQL");

    @Autowired
    JsonMapper json;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyOperationAnswersEveryRoleWithoutAServerErrorAndInChinese() throws Exception {
        Map<String, String> demo = demoPasswords();
        // the OpenAPI document is a page of the administrator's (session login)
        BrowserSession admin = new BrowserSession(baseUrl());
        admin.login("admin", demo.get("admin"));
        JsonNode doc = json.readTree(admin.get("/v3/api-docs").body());
        // request bodies of the same simple name in two modules must not share one schema (they did: Decision)
        assertThat(doc.at("/components/schemas/ReviewDecision/properties").propertyNames())
                .containsExactlyInAnyOrder("version", "comment");
        assertThat(doc.at("/components/schemas/PlacementDecision/properties").propertyNames())
                .contains("version", "status", "role");
        List<String[]> operations = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    operations.add(new String[]{method, concrete(path.getKey(), op.getValue())});
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(60);

        // one WRITE token per role (a password login each), then Bearer calls: no BCrypt check per call
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            HttpResponse<String> created = send("POST", "/api/access/tokens", "Basic " + Base64.getEncoder()
                    .encodeToString((role + ":" + demo.get(role)).getBytes(StandardCharsets.UTF_8)),
                    "{\"name\":\"接口矩阵测试\",\"scope\":\"WRITE\",\"validDays\":1}");
            Matcher t = Pattern.compile("\"token\":\"(tsq_\\w+)\"").matcher(created.body());
            assertThat(t.find()).as(created.body()).isTrue();
            tokens.put(role, "Bearer " + t.group(1));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        for (String[] op : operations) {
            String method = op[0];
            String path = op[1];
            HttpResponse<String> anonymous = send(method, path, null, null);
            statuses.computeIfAbsent("anonymous", k -> new java.util.TreeMap<>()).merge(anonymous.statusCode(), 1, Integer::sum);
            if (anonymous.statusCode() != 401) {
                problems.add("anonymous " + method + " " + path + " → " + anonymous.statusCode());
            }
            for (String role : ROLES) {
                HttpResponse<String> r = send(method, path, tokens.get(role), null);
                statuses.computeIfAbsent(role, k -> new java.util.TreeMap<>()).merge(r.statusCode(), 1, Integer::sum);
                String call = role + " " + method + " " + path + " → " + r.statusCode();
                if (r.statusCode() >= 500) {
                    problems.add(call + " " + abbreviate(r.body()));
                } else if (r.statusCode() >= 400) {
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    if (!type.startsWith("application/problem+json")) {
                        problems.add(call + " with Content-Type " + type);
                    } else if (!CHINESE.matcher(detail(r.body())).find()) {
                        problems.add(call + " without a Chinese detail: " + abbreviate(r.body()));
                    } else if (INTERNALS.matcher(r.body()).find()) {
                        problems.add(call + " shows internals: " + abbreviate(r.body()));
                    }
                } else if (role.equals("leader") && !method.equals("GET")) {
                    problems.add(call + ": the read-only leader changed something");
                }
            }
        }
        System.out.printf("%d operations; answers by role and status: %s%n", operations.size(), statuses);
        assertThat(problems).as("calls that broke the rules (answers by role and status: %s)", statuses).isEmpty();
    }

    /** The path with every parameter filled by a value that names nothing: numbers no record has, codes no chain has. */
    private static String concrete(String template, JsonNode operation) {
        Map<String, String> types = new LinkedHashMap<>();
        JsonNode params = operation.get("parameters");
        if (params != null) {
            for (JsonNode p : params) {
                if ("path".equals(p.path("in").asString())) {
                    types.put(p.get("name").asString(), p.path("schema").path("type").asString());
                }
            }
        }
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String type = types.getOrDefault(name, "string");
            String value = type.equals("integer") || type.equals("number") ? "999999999"
                    : name.toLowerCase().contains("month") ? "2099-01" : "zz-none";
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        b.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String detail(String body) {
        try {
            return json.readTree(body).path("detail").asString();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
