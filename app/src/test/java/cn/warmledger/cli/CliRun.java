package cn.warmledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One command line run in this JVM, as a county IT person's script would see it: exit code, stdout, stderr. The
 * one runner of every CLI test (public for the sync tests' county and township command lines).
 */
public final class CliRun {
    public record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    /** With the process's environment, as a script started from a shell. */
    public static Result run(String... args) {
        return run(System.getenv(), args);
    }

    public static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(env).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code --data-dir dataDir} followed by {@code args}. */
    public static Result inDir(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }
}
