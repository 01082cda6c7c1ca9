package cn.warmledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.service.app.AppContext;

/**
 * Several PCs on one shared database, for the concurrency tests (issue 18): each clerk is her own AppContext, with
 * its own connections and its own signed-in operator, on the same data: the same H2 file opened twice in one JVM, or
 * (the suites' PostgreSQL run, TestDatabases) the folder's one database on the test cluster.
 */
public interface SharedDatabase extends AutoCloseable {
    /** Opens the database as one more PC, signed in as {@code operator}. */
    AppContext clerk(String operator);

    @Override
    void close();

    /** The database of {@code dir} (the test engine's: H2 file or PostgreSQL) opened by every clerk. */
    static SharedDatabase open(Path dir) {
        return new SharedDatabase() {
            private final List<AppContext> opened = new ArrayList<>();

            @Override
            public synchronized AppContext clerk(String operator) {
                AppContext app = TestApp.open(dir);
                app.audit().signIn(operator);
                opened.add(app);
                return app;
            }

            @Override
            public synchronized void close() {
                opened.forEach(AppContext::close);
                opened.clear();
            }
        };
    }
}
