package cn.tenstrong.support;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * 基准用检索节点: the tests' real OpenSearch node ({@link OpenSearchNode}) in a JVM of its own, on a fixed port with
 * a data folder that outlives it, for the benchmarks' {@code -Dbench.engine=opensearch} (a 10M index is built once
 * and found again by the next run). Runs until killed (Ctrl-C or {@code kill PID}; the node then closes cleanly).
 *
 * <pre>
 * java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/opensearch-node.cp)" \
 *     cn.tenstrong.support.OpenSearchNodeMain target/bench-opensearch 9200
 * </pre>
 */
public final class OpenSearchNodeMain {

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("用法：OpenSearchNodeMain <数据目录> <HTTP 端口>");
        }
        OpenSearchNode node = OpenSearchNode.kept(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "opensearch-node-stop"));
        System.out.println("OpenSearch node ready at " + node.uri());
        stopped.await();
    }
}
