package cn.warmledger.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.warmledger.domain.ServerAddress;

/**
 * A backup of a server database made with PostgreSQL's own {@code pg_dump} (custom format; docs/decisions/18-5), when
 * this PC has it: on the PATH, else in {@code /usr/lib/postgresql/N/bin} (the newest N; Debian's packages). The
 * password goes to the child process in its {@code PGPASSWORD} environment variable only — never on its command line
 * (every user of the PC sees that) and never in a log; pg_dump's own output is read and dropped (it names tables, not
 * the clerk's data, but it is English).
 */
final class ServerDumps {
    private static final long TIMEOUT_MINUTES = 60;

    private ServerDumps() {
    }

    /** The pg_dump (or another client program, e.g. {@code pg_restore}) this PC has, if any. */
    static Optional<Path> program(String name) {
        String exe = System.getProperty("os.name", "").toLowerCase().contains("win") ? name + ".exe" : name;
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) {
                    return Optional.of(Path.of(dir, exe));
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin").resolve(exe)).filter(Files::isExecutable)
                    .max(Comparator.comparing(ServerDumps::versionOf));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path program) {
        try {
            return Integer.parseInt(program.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@link #dump(Path, ServerAddress, char[], Path)} with this PC's pg_dump and the login of {@code pool}; refuses
     * in Chinese when this PC has no pg_dump (the server's backups are then its administrator's job).
     */
    static void dump(ServerAddress server, com.zaxxer.hikari.HikariDataSource pool, Path file) {
        Path pgDump = program("pg_dump").orElseThrow(
                () -> new DatabaseException("backup.serverAdministrators", null, server.toString()));
        char[] login = pool.getPassword().toCharArray();
        try {
            dump(pgDump, server, login, file);
        } finally {
            java.util.Arrays.fill(login, '\0');
        }
    }

    /**
     * {@code pg_dump --format=custom} of {@code server} into {@code file}; a failure (exit code other than 0, or no
     * file) throws a Chinese {@link DatabaseException} and leaves no partial file.
     */
    static void dump(Path pgDump, ServerAddress server, char[] password, Path file) {
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--host", server.host(), "--port", String.valueOf(server.port()), "--username", server.user(),
                "--file", file.toAbsolutePath().toString(), server.database()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", new String(password));
        builder.environment().put("PGSSLMODE", server.ssl() ? "require" : "disable");
        builder.environment().put("PGCONNECT_TIMEOUT", String.valueOf(ServerConnections.LOGIN_TIMEOUT_SECONDS));
        int exit;
        try {
            Process process = builder.start();
            try (InputStream out = process.getInputStream()) {
                out.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                exit = -1;
            } else {
                exit = process.exitValue();
            }
        } catch (IOException e) {
            exit = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        try {
            if (exit != 0 || !Files.isRegularFile(file) || Files.size(file) == 0) {
                Files.deleteIfExists(file);
                throw new DatabaseException("backup.dumpFailed", null, server.toString(), exit);
            }
        } catch (IOException e) {
            throw new DatabaseException("backup.dumpFailed", e, server.toString(), exit);
        }
    }
}
