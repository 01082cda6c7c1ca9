package cn.warmledger.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running one of this folder's main classes on the test class path, whose stdout lines
 * arrive in a queue; the test kills it with SIGKILL ({@link Process#destroyForcibly()}).
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final Future<?> drained;

    ChildJvm(Class<?> main, String password, Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("WARMLEDGER_PASSWORD", password);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        process = pb.start();
        drained = reader.submit(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    all.add(line);
                    lines.add(line);
                }
            }
            return null;
        });
    }

    /** Waits for a line starting with {@code prefix}; false when the child ended or the time ran out. */
    boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < end) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return true;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /** Lets the child run on for {@code millis} (returns early if it exits). */
    void runFor(long millis) throws InterruptedException {
        process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits for a child that ends on its own. */
    int awaitExit(long timeoutMillis) throws Exception {
        process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        drained.get(30, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** SIGKILL, then every complete line it printed before dying. */
    List<String> kill() throws Exception {
        // the handle's destroyForcibly sends SIGKILL and, unlike Process.destroyForcibly, leaves stdout open
        // so the lines already written can still be read to the end
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        drained.get(30, TimeUnit.SECONDS);
        return new ArrayList<>(all);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        reader.shutdownNow();
    }
}
