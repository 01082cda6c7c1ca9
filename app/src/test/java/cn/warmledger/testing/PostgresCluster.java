package cn.warmledger.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import cn.warmledger.domain.ServerAddress;

/**
 * One throw-away PostgreSQL cluster per test JVM (issue 18): {@code initdb} into a temporary folder with a scram
 * password, {@code pg_ctl start} on 127.0.0.1 on a free port, stopped (and its folder deleted) when the JVM exits.
 * Real server binaries from the distribution ({@code /usr/lib/postgresql/N/bin}, else the PATH): no Docker. Run as
 * root the cluster belongs to the {@code postgres} user (PostgreSQL refuses to run as root) and its commands run
 * through {@code runuser}; otherwise as the user running the tests.
 *
 * <p>Tests call {@link #get()}: where no PostgreSQL is installed (or it cannot start) that is a JUnit assumption
 * failure — the test is skipped — and one line on the build output says why, never silently. Each test (class)
 * takes a fresh empty database with {@link #newDatabase(String)}.
 */
public final class PostgresCluster {
    /** The superuser of the cluster (the tests' login role). */
    public static final String USER = "postgres";
    private static final AtomicInteger NEXT_DATABASE = new AtomicInteger();
    private static PostgresCluster shared;
    private static String unavailable;

    private final Path bin;
    private final Path dataDir;
    private final boolean asPostgres;
    private final int port;
    private final char[] password;

    private PostgresCluster(Path bin, Path dataDir, boolean asPostgres, int port, char[] password) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.asPostgres = asPostgres;
        this.port = port;
        this.password = password;
    }

    /**
     * The running cluster of this JVM (started on first use); skips the calling test (assumption) with the reason
     * printed when PostgreSQL is not installed here or does not start.
     */
    public static synchronized PostgresCluster get() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
            }
        }
        if (shared == null) {
            System.out.println("[PostgreSQL] test skipped: " + unavailable);
            Assumptions.abort("PostgreSQL not available: " + unavailable);
        }
        return shared;
    }

    /** True when a cluster runs or can be started here (starts it); never skips. */
    public static synchronized boolean available() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
                System.out.println("[PostgreSQL] not available: " + unavailable);
            }
        }
        return shared != null;
    }

    /** A new empty database (named after {@code hint}, made unique) owned by {@link #USER}; its address. */
    public ServerAddress newDatabase(String hint) {
        String name = ("wl_" + hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + NEXT_DATABASE.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(name.length() - 60);
        }
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return address(name);
    }

    /** The address of database {@code name} of this cluster. */
    public ServerAddress address(String name) {
        return new ServerAddress("127.0.0.1", port, name, USER, false);
    }

    /** Runs {@code sql} on the cluster's maintenance database (CREATE/DROP DATABASE, roles …). */
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, new String(password));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test cluster: " + sql + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The superuser's password (a copy). */
    public char[] password() {
        return password.clone();
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast: open connections are cut) — for tests of a lost server; {@link #restart()} after. */
    public synchronized void stop() {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the server again on the same port after {@link #stop()}. */
    public synchronized void restart() {
        pgCtl("start", "-w", "-o", serverOptions(), "-l", dataDir.resolve("server.log").toString());
    }

    // ---- start and stop of the JVM's one cluster

    private static PostgresCluster start() {
        Path bin = findBin().orElseThrow(() -> new Unavailable(
                "initdb/pg_ctl not found in /usr/lib/postgresql/*/bin or on the PATH (apt-get install postgresql)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !postgresUserExists()) {
            throw new Unavailable("running as root and there is no 'postgres' user to run the server as");
        }
        try {
            Path dir = Files.createTempDirectory("warmledger-pg-");
            char[] password = randomPassword();
            Path pwFile = dir.resolve("pw");
            Files.writeString(pwFile, new String(password) + "\n", StandardCharsets.UTF_8);
            Path data = dir.resolve("data");
            if (root) {
                // the postgres user owns the cluster; the temp folder must be enterable by it
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-r--r--"));
                Files.createDirectory(data);
                run(List.of("chown", "postgres:postgres", data.toString()), false);
            }
            PostgresCluster cluster = null;
            for (int attempt = 0; attempt < 3 && cluster == null; attempt++) {
                int port = freePort();
                PostgresCluster candidate = new PostgresCluster(bin, data, root, port, password);
                if (attempt == 0) {
                    candidate.command(List.of(bin.resolve("initdb").toString(), "-D", data.toString(),
                            "-A", "scram-sha-256", "--pwfile=" + pwFile, "-U", USER, "-E", "UTF8",
                            "--locale=C", "--no-sync"));
                    Files.deleteIfExists(pwFile);
                }
                try {
                    candidate.restart();
                    cluster = candidate;
                } catch (Unavailable e) {
                    if (attempt == 2) {
                        throw e;
                    }
                }
            }
            PostgresCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.shutDownAndDelete(dir),
                    "postgres-test-cluster-stop"));
            System.out.println("[PostgreSQL] test cluster " + bin.getParent().getFileName() + " on 127.0.0.1:"
                    + started.port + " (" + data + ")");
            return started;
        } catch (IOException e) {
            throw new Unavailable("cannot prepare the cluster folder: " + e.getMessage());
        }
    }

    private void shutDownAndDelete(Path dir) {
        try {
            // no waiting in pg_ctl (-W): the JVM's exit must not hang on it
            pgCtl("stop", "-m", "immediate", "-W");
            Path pid = dataDir.resolve("postmaster.pid");
            for (int i = 0; i < 100 && Files.exists(pid); i++) {
                Thread.sleep(50);
            }
        } catch (RuntimeException e) {
            // already stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            // a cluster of a whole suite is tens of thousands of files: removed by rm after the JVM has gone, so
            // that its exit is not held for seconds (surefire kills a fork that takes 30 s to exit)
            new ProcessBuilder("rm", "-rf", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // a left-over temp folder is harmless
        }
    }

    private String serverOptions() {
        // fsync off: a throw-away cluster; small shared memory so that several test JVMs fit on one machine
        return "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
                + " -c shared_buffers=32MB";
    }

    private void pgCtl(String... args) {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        cmd.addAll(List.of(args));
        command(cmd);
    }

    private void command(List<String> cmd) {
        run(cmd, asPostgres);
    }

    private static void run(List<String> cmd, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        try {
            Path log = Files.createTempFile("warmledger-pg-cmd", ".log");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new Unavailable(String.join(" ", cmd) + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new Unavailable(cmd.get(0) + " failed (" + p.exitValue() + "): "
                            + Files.readString(log, StandardCharsets.UTF_8).strip());
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new Unavailable("cannot run " + cmd.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static Optional<Path> findBin() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                Optional<Path> newest = dirs.map(d -> d.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall back to the PATH
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                Path b = Path.of(entry);
                if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean postgresUserExists() {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("postgres:"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        char[] pw = new char[24];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return pw;
    }

    /** PostgreSQL is not installed here or does not start: the tests that need it are skipped. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason);
        }
    }
}
