package cn.warmledger.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * For view-model tests: runs work at once, except the tasks named in {@code holding} (kept until
 * {@link #release}) and those named in {@code failing} (they fail with the given exception), as a slow disk or an
 * unexpected error would.
 */
public final class ScriptedTaskRunner implements TaskRunner {
    private final TaskRunner direct = TaskRunner.direct();
    private final List<Runnable> held = new ArrayList<>();
    private final Set<String> holding;
    private final Map<String, Throwable> failing;

    public ScriptedTaskRunner(Set<String> holding, Map<String, Throwable> failing) {
        this.holding = holding;
        this.failing = failing;
    }

    @Override
    public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (holding.contains(name)) {
            held.add(() -> direct.submit(name, work, onSuccess, onError));
            return direct.submit(name, p -> null, x -> { }, e -> { });
        }
        if (failing.containsKey(name)) {
            onError.accept(failing.get(name));
            return direct.submit(name, p -> null, x -> { }, e -> { });
        }
        return direct.submit(name, work, onSuccess, onError);
    }

    /** Runs the held tasks now, in the order they were submitted. */
    public void release() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
