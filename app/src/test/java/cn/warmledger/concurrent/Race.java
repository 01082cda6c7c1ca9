package cn.warmledger.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Real threads started at the same moment (a barrier), each doing one clerk's work; what each ended with. */
public final class Race implements AutoCloseable {
    private final ExecutorService pool;
    private final int runners;

    public Race(int runners) {
        this.runners = runners;
        this.pool = Executors.newFixedThreadPool(runners);
    }

    /** Runs every task at once and waits: a task's result, or the exception it threw (never rethrown). */
    public List<Object> run(List<Callable<?>> tasks) throws Exception {
        if (tasks.size() != runners) {
            throw new IllegalArgumentException(tasks.size() + " tasks for " + runners + " runners");
        }
        CyclicBarrier start = new CyclicBarrier(runners);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return task.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
