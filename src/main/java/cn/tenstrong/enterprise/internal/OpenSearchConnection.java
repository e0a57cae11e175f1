package cn.tenstrong.enterprise.internal;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** 检索集群连接: the official Java client over Apache HttpClient 5, to every node listed, with basic auth if set. */
final class OpenSearchConnection {

    private OpenSearchConnection() {
    }

    static OpenSearchClient open(SearchProperties.OpenSearch cluster) {
        HttpHost[] hosts = cluster.uris().stream().map(OpenSearchConnection::host).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setConnectionConfigCallback(c -> c
                        .setConnectTimeout(cluster.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .setSocketTimeout((int) cluster.responseTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .setRequestConfigCallback(r -> r
                        .setResponseTimeout(cluster.responseTimeout().toMillis(), TimeUnit.MILLISECONDS));
        if (cluster.username() != null && !cluster.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            String password = cluster.password() == null ? "" : cluster.password();
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host),
                        new UsernamePasswordCredentials(cluster.username(), password.toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return new OpenSearchClient(builder.build());
    }

    private static HttpHost host(URI uri) {
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException("platform.search.opensearch.uris 应为 http(s)://主机:端口：" + uri);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 9200;
        return new HttpHost(uri.getScheme(), uri.getHost(), port);
    }
}
