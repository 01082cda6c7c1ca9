package cn.warmledger.crash;

import java.nio.file.Path;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * Child JVM of {@link KeyMigrationCrashTest}: prints {@code ready}, signs in to a folder still on the 8-1 key
 * with WARMLEDGER_PASSWORD (which re-keys it with the slow derivation) and prints {@code migrated}.
 */
public final class KeyStrengthener {
    private KeyStrengthener() {
    }

    public static void main(String[] args) {
        System.out.println("ready");
        System.out.flush();
        AppContext app = AppContext.open(new AppPaths(Path.of(args[0])), DatabasePassword.of(System.getenv("WARMLEDGER_PASSWORD")));
        System.out.println("migrated");
        System.out.flush();
        app.close();
    }
}
