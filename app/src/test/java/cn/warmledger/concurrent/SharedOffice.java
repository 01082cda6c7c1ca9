package cn.warmledger.concurrent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.TestApp;
import cn.warmledger.service.app.AppContext;

/**
 * Several PCs of one office on one database: every {@link #clerk()} is another AppContext with its own connections
 * to the same data, as another PC would be. On H2 they share the data folder's file (one JVM); on PostgreSQL each
 * has its own data folder and the same server database.
 */
final class SharedOffice implements AutoCloseable {
    private final Path dir;
    private final List<AppContext> opened = new ArrayList<>();

    private SharedOffice(Path dir) {
        this.dir = dir;
    }

    /** The embedded engine: every clerk opens the same data folder (one file, one JVM). */
    static SharedOffice h2(Path dir) {
        return new SharedOffice(dir);
    }

    AppContext clerk() {
        AppContext ctx = TestApp.open(dir);
        opened.add(ctx);
        return ctx;
    }

    @Override
    public void close() {
        opened.forEach(AppContext::close);
    }
}
