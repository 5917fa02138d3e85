package org.scikg.build;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Runs tasks on a fixed number of threads and hands their results back in the order they were submitted,
 * keeping at most a few tasks per thread in flight (so a stream of any length runs in bounded memory).
 *
 * @param <K> what identifies a task to the consumer (e.g. the record it came from)
 * @param <R> a task's result
 */
public final class InOrder<K, R> implements AutoCloseable {
    private record Pending<K, R>(K key, Future<R> future) {
    }

    private final ExecutorService pool;
    private final int window;
    private final BiConsumer<K, Outcome<R>> consumer;
    private final ArrayDeque<Pending<K, R>> pending = new ArrayDeque<>();

    /** A task's result, or the exception it failed with. */
    public record Outcome<R>(R value, Throwable error) {
    }

    private final long timeoutMillis;

    /** As {@link #InOrder(int, long, BiConsumer)} with no time limit. */
    public InOrder(int threads, BiConsumer<K, Outcome<R>> consumer) {
        this(threads, 0, consumer);
    }

    /**
     * @param timeoutMillis how long to wait for the oldest task once it is due, 0 for ever; a task that takes
     *                      longer is cancelled and handed over with a {@link java.util.concurrent.TimeoutException}
     */
    public InOrder(int threads, long timeoutMillis, BiConsumer<K, Outcome<R>> consumer) {
        this.timeoutMillis = timeoutMillis;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scikg-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 8;
        this.consumer = consumer;
    }

    public void submit(K key, Callable<R> task) {
        pending.add(new Pending<>(key, pool.submit(task)));
        while (pending.size() > window) drainOne();
    }

    /** Waits for every task and hands over the rest of the results. */
    public void finish() {
        while (!pending.isEmpty()) drainOne();
    }

    private void drainOne() {
        Pending<K, R> p = pending.poll();
        try {
            R r = timeoutMillis > 0 ? p.future().get(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS)
                    : p.future().get();
            consumer.accept(p.key(), new Outcome<>(r, null));
        } catch (java.util.concurrent.TimeoutException e) {
            p.future().cancel(true);
            consumer.accept(p.key(), new Outcome<>(null, e));
        } catch (ExecutionException e) {
            consumer.accept(p.key(), new Outcome<>(null, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.scikg.ScikgException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
