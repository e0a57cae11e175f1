package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The index administration the OpenSearch index sends as plain requests: settings, refresh, delete, and a merge run as
 * a task — the typed client has no method for some and cannot read the answers of others.
 */
final class OpenSearchRequests {

    private static final Duration MERGE_POLL = Duration.ofSeconds(1);

    private final OpenSearchClient client;
    private final ObjectMapper json = new ObjectMapper();

    OpenSearchRequests(OpenSearchClient client) {
        this.client = client;
    }

    /** Sends a request; returns the answer's body, or fails with it when the status is not a success. */
    String send(String method, String endpoint, String body) throws IOException {
        return send(method, endpoint, body, "");
    }

    /**
     * Creates an index unless one of that name exists (two nodes starting at once both try; one of them wins and the
     * other is content).
     */
    void createUnlessExists(String index, String definition) throws IOException {
        send("PUT", "/" + index, definition, "resource_already_exists_exception");
    }

    /** As {@link #send(String, String, String)}; an answer containing {@code tolerated} is no failure. */
    private String send(String method, String endpoint, String body, String tolerated) throws IOException {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (body != null) {
            request.json(body);
        }
        try (Response r = client.generic().execute(request.build())) {
            String answer = r.getBody().map(b -> b.bodyAsString()).orElse("");
            if (r.getStatus() >= 300 && (tolerated.isEmpty() || !answer.contains(tolerated))) {
                throw new IllegalStateException(method + " " + endpoint + "：" + r.getStatus() + " " + answer);
            }
            return answer;
        }
    }

    /**
     * Merges a freshly built index into one segment per shard, before its replicas copy it and before the alias moves
     * to it, as the embedded index does after a rebuild (at 10M enterprises one segment took the search mix's p95 to
     * 0.17×; README "Enterprise search"). Not after incremental updates, where a merge would rewrite the whole index
     * for a few documents. The merge runs as a task and is polled: at millions of documents it outlasts the client's
     * response timeout (the typed client cannot read the answers of a merge not waited for, nor of its task).
     */
    void forceMerge(String index) throws IOException {
        String task = json.readTree(send("POST", "/" + index
                + "/_forcemerge?max_num_segments=1&wait_for_completion=false", null)).path("task").asText("");
        if (task.isEmpty()) {
            return; // the server merged before answering
        }
        while (true) {
            JsonNode state = json.readTree(send("GET", "/_tasks/" + task, null));
            if (state.path("completed").asBoolean(false)) {
                if (state.has("error")) {
                    throw new IllegalStateException("合并索引段失败：" + state.path("error").path("reason").asText());
                }
                return;
            }
            try {
                Thread.sleep(MERGE_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("合并索引段时被中断", e);
            }
        }
    }

    void deleteQuietly(String index) {
        try {
            send("DELETE", "/" + index, null);
        } catch (RuntimeException | IOException ignored) {
            // the index may never have been created; a leftover one is harmless and named by its time
        }
    }
}
