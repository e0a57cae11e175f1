package cn.tenstrong.enterprise.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * 预先准备 (work done ahead): a producer runs on its own thread and keeps up to {@code depth} results ready for the
 * consumer, so that a bulk load's database work and its Java work overlap; a failure there is rethrown to the
 * consumer, and closing stops the producer. Nothing is held beyond the results waiting.
 *
 * @param <T> what the producer makes; it returns null when it has nothing more
 */
final class Ahead<T> implements AutoCloseable {

    private record Item<T>(T value, RuntimeException failure) {
    }

    private final BlockingQueue<Item<T>> ready;
    private final ExecutorService thread;
    private final Future<?> producing;
    private long waited;
    private boolean ended;

    private Ahead(String name, int depth, Supplier<T> producer) {
        this.ready = new ArrayBlockingQueue<>(depth);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.producing = thread.submit(() -> produce(producer));
    }

    /** Starts the producer on a thread of that name. */
    static <T> Ahead<T> start(String name, int depth, Supplier<T> producer) {
        return new Ahead<>(name, depth, producer);
    }

    /** The next result, waiting for it; null when the producer is done. A failure of the producer is thrown here. */
    T next() {
        if (ended) {
            return null;
        }
        long start = System.nanoTime();
        try {
            Item<T> item = ready.take();
            if (item.failure() != null) {
                ended = true;
                throw item.failure();
            }
            ended = item.value() == null;
            return item.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("批量导入被中断", e);
        } finally {
            waited += System.nanoTime() - start;
        }
    }

    /** How long the consumer waited for results, in nanoseconds. */
    long waitedNanos() {
        return waited;
    }

    @Override
    public void close() {
        producing.cancel(true);
        thread.shutdownNow();
    }

    private void produce(Supplier<T> producer) {
        try {
            try {
                T value;
                do {
                    value = producer.get();
                    ready.put(new Item<>(value, null));
                } while (value != null);
            } catch (RuntimeException e) {
                ready.put(new Item<>(null, e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the consumer ended (or failed) without waiting for the rest
        }
    }
}
