package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import cn.tenstrong.enterprise.Enterprise;

/**
 * 重建索引的分批投送: a source (e.g. a database cursor) is read on the calling thread while batches of it are indexed on
 * all cores, so reading and indexing overlap; never more than a few batches wait, so memory stays flat at any size.
 */
final class BatchFeeder implements Consumer<Enterprise> {

    private static final int BATCH = 2000;

    private final ExecutorService pool;
    private final Consumer<List<Enterprise>> work;
    private final Semaphore slots;
    private final List<Future<?>> submitted = new ArrayList<>();
    private List<Enterprise> batch = new ArrayList<>(BATCH);

    private BatchFeeder(ExecutorService pool, int slots, Consumer<List<Enterprise>> work) {
        this.pool = pool;
        this.work = work;
        this.slots = new Semaphore(slots);
    }

    /** Streams the source into batches handed to {@code work} on one thread per core; a failure is rethrown. */
    static void feed(java.util.function.Consumer<Consumer<Enterprise>> source, Consumer<List<Enterprise>> work) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            BatchFeeder feeder = new BatchFeeder(pool, threads * 2, work);
            source.accept(feeder);
            feeder.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void accept(Enterprise e) {
        batch.add(e);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    private void submit() {
        List<Enterprise> next = batch;
        batch = new ArrayList<>(BATCH);
        if (next.isEmpty()) {
            return;
        }
        slots.acquireUninterruptibly();
        submitted.add(pool.submit(() -> {
            try {
                work.accept(next);
            } finally {
                slots.release();
            }
        }));
    }

    /** Submits the last batch and waits for all; an indexing failure is rethrown. */
    private void finish() {
        submit();
        try {
            for (Future<?> f : submitted) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("重建企业检索索引被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("重建企业检索索引失败", e.getCause());
        }
    }
}
