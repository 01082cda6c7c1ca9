package cn.warmledger.ui.common;

import java.util.function.Consumer;

import cn.warmledger.service.app.AppContext;

/**
 * For view-model tests: runs work at once like {@link TaskRunner#direct()}, and refuses any database access
 * outside submitted work (in a constructor, a result handler or a plain method). What passes here runs its
 * database work in the window's background threads, never on the FX thread (issue 14, point 6).
 */
public final class WorkOnlyTaskRunner implements TaskRunner {
    private final TaskRunner direct = TaskRunner.direct();
    private int depth;

    private WorkOnlyTaskRunner() {
    }

    /** A runner whose work alone may touch {@code app}'s database from now on. */
    public static WorkOnlyTaskRunner guarding(AppContext app) {
        WorkOnlyTaskRunner runner = new WorkOnlyTaskRunner();
        app.checkEachDatabaseAccess(() -> {
            if (runner.depth == 0) {
                throw new AssertionError("database work outside TaskRunner work: it would run on the FX thread");
            }
        });
        return runner;
    }

    @Override
    public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        // the handlers run outside the work, as on the FX thread
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Running running = direct.submit(name, p -> {
            depth++;
            try {
                return work.run(p);
            } finally {
                depth--;
            }
        }, r -> result[0] = r, e -> failure[0] = e);
        if (failure[0] != null) {
            onError.accept(failure[0]);
        } else {
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            onSuccess.accept(value);
        }
        return running;
    }
}
