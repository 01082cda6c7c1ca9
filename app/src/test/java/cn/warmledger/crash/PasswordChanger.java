package cn.warmledger.crash;

import java.nio.file.Path;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * Child JVM of {@link PasswordChangeCrashTest}: opens the database with WARMLEDGER_PASSWORD, prints
 * {@code ready}, changes the password to the second argument and prints {@code changed}.
 */
public final class PasswordChanger {
    private PasswordChanger() {
    }

    public static void main(String[] args) {
        DatabasePassword current = DatabasePassword.of(System.getenv("WARMLEDGER_PASSWORD"));
        AppContext app = AppContext.open(new AppPaths(Path.of(args[0])), current);
        System.out.println("ready");
        System.out.flush();
        app.passwords().change(current, DatabasePassword.of(args[1]));
        System.out.println("changed");
        System.out.flush();
        app.close();
    }
}
