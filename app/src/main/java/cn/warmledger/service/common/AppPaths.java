package cn.warmledger.service.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this copy keeps its data: {@code --data-dir}, else the system property
 * {@value #DATA_DIR_PROPERTY} (for a deployment that wants another place; the installers
 * do not set it), else the per-OS user data folder.
 */
public record AppPaths(Path dataDir) {
    public static final String DATA_DIR_PROPERTY = "warmledger.dataDir";
    private static final String FOLDER = "WarmLedger";

    public static AppPaths resolve(String dataDirArgument) {
        return resolve(dataDirArgument, System.getProperties().getProperty(DATA_DIR_PROPERTY), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static AppPaths resolve(String argument, String property, Map<String, String> env, String osName, String home) {
        if (argument != null && !argument.isBlank()) {
            return new AppPaths(Path.of(argument).toAbsolutePath());
        }
        if (property != null && !property.isBlank()) {
            return new AppPaths(Path.of(property).toAbsolutePath());
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return new AppPaths(Path.of(appData != null ? appData : home, FOLDER));
        }
        if (os.contains("mac")) {
            return new AppPaths(Path.of(home, "Library", "Application Support", FOLDER));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new AppPaths(base.resolve("warmledger"));
    }

    public Path exportsDir() {
        return dataDir.resolve("exports");
    }

    /** The upper union's own .xlsx templates the user added (报表 → 模板). */
    public Path templatesDir() {
        return dataDir.resolve("templates");
    }

    /** Files recorded for 上报, one folder per submission. */
    public Path outboxDir() {
        return dataDir.resolve("outbox");
    }

    /** Submissions received from 下级单位 (汇总), one folder per submission id. */
    public Path receivedDir() {
        return dataDir.resolve("received");
    }

    public Path backupsDir() {
        return dataDir.resolve("backups");
    }
}
