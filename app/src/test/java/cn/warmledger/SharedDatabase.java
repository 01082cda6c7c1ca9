package cn.warmledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.service.app.AppContext;

/**
 * Several PCs on one shared database, for the concurrency tests (issue 18): each clerk is her own AppContext, with
 * its own connections and its own signed-in operator, on the same data. On H2 that is the same data folder opened
 * twice in one JVM; the PostgreSQL variant opens the same server database.
 */
public interface SharedDatabase extends AutoCloseable {
    /** Opens the database as one more PC, signed in as {@code operator}. */
    AppContext clerk(String operator);

    @Override
    void close();

    /** The same H2 file opened by every clerk. */
    static SharedDatabase h2(Path dir) {
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
