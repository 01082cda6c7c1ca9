package cn.warmledger.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

/**
 * A CUPS scheduler of the test's own (config, spool and logs in a temp folder, 127.0.0.1 on a free port) with one
 * cups-pdf queue, so printing is tested end to end without touching the machine's printers. Clients reach it with
 * CUPS_SERVER=127.0.0.1:port. The cups-pdf backend writes each job as a PDF into its Out folder (~/PDF by default)
 * and runs only as root; {@link #unavailable()} says what is missing where it cannot run.
 */
final class PrivateCups implements AutoCloseable {
    static final String QUEUE = "WLTEST";
    private static final String PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";
    private final Path dir;
    private final int port;
    private final Process cupsd;

    /** Why this machine cannot run the test (empty when it can). */
    static Optional<String> unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.of("not Linux");
        }
        for (String file : List.of("/usr/sbin/cupsd", "/usr/sbin/lpadmin", "/usr/bin/lpr", "/usr/lib/cups/backend/cups-pdf",
                PPD)) {
            if (!Files.exists(Path.of(file))) {
                return Optional.of(file + " missing (apt-get install cups cups-bsd printer-driver-cups-pdf)");
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("the cups-pdf backend runs only when cupsd runs as root");
        }
        return Optional.empty();
    }

    /** In a fresh folder of /tmp that CUPS's filters (user lp) can read, removed on {@link #close()}. */
    PrivateCups() throws Exception {
        this.dir = Files.createTempDirectory("warmledger-cups-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        for (String d : List.of("conf", "spool/tmp", "cache", "state", "log")) {
            Files.createDirectories(dir.resolve(d));
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("conf/cupsd.conf"), String.join("\n",
                "LogLevel info", "Listen 127.0.0.1:" + port, "Browsing Off", "DefaultAuthType None", "WebInterface No",
                "PreserveJobFiles Yes", "<Location />", "  Order allow,deny", "  Allow all", "</Location>",
                "<Location /admin>", "  Order allow,deny", "  Allow all", "</Location>",
                "<Policy default>", "  <Limit All>", "    Order deny,allow", "  </Limit>", "</Policy>", ""));
        Files.writeString(dir.resolve("conf/cups-files.conf"), String.join("\n",
                "ServerRoot " + dir.resolve("conf"), "RequestRoot " + dir.resolve("spool"),
                "TempDir " + dir.resolve("spool/tmp"), "CacheDir " + dir.resolve("cache"),
                "StateDir " + dir.resolve("state"), "ErrorLog " + dir.resolve("log/error_log"),
                "AccessLog " + dir.resolve("log/access_log"), "PageLog " + dir.resolve("log/page_log"),
                "Printcap " + dir.resolve("printcap"), "ServerBin /usr/lib/cups", "DataDir /usr/share/cups",
                "SystemGroup root", ""));
        cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f", "-c", dir.resolve("conf/cupsd.conf").toString(),
                "-s", dir.resolve("conf/cups-files.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log/cupsd.out").toFile()).start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::listening);
        admin("/usr/sbin/lpadmin", "-h", server(), "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", PPD);
        admin("/usr/sbin/lpadmin", "-h", server(), "-d", QUEUE);
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String server() {
        return "127.0.0.1:" + port;
    }

    /** Runs a CUPS admin command against this scheduler (cupsreject, cupsaccept, lpadmin). */
    void admin(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
    }

    /** Where cups-pdf writes the jobs of the user running the tests (its Out setting, ~/PDF by default). */
    static Path outputDir() throws IOException {
        String out = "${HOME}/PDF";
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                if (line.startsWith("Out ")) {
                    out = line.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name")));
    }

    /** The documents the queue received, as CUPS keeps them (PreserveJobFiles). */
    List<Path> spooledDocuments() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir.resolve("spool"))) {
            s.filter(p -> p.getFileName().toString().matches("d\\d+-\\d+")).sorted().forEach(files::add);
        }
        return files;
    }

    String log() throws IOException {
        Path log = dir.resolve("log/error_log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        cupsd.destroy();
        if (!cupsd.waitFor(20, TimeUnit.SECONDS)) {
            cupsd.destroyForcibly();
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
