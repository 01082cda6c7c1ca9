package cn.warmledger.service.bench;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * Where {@code bench} builds and measures its county: an H2 file in the temporary folder (the default), or an empty
 * database on a PostgreSQL server ({@code bench --database postgresql://…}, issue 18) — the same figures either way.
 */
public final class BenchTarget {
    private final ServerAddress server;
    private final char[] password;

    private BenchTarget(ServerAddress server, char[] password) {
        this.server = server;
        this.password = password;
    }

    /** The H2 file of the bench's temporary folder. */
    public static BenchTarget h2() {
        return new BenchTarget(null, null);
    }

    /** A database on a server; the password is copied (the caller wipes its own), kept for the bench's reopens. */
    public static BenchTarget server(ServerAddress server, char[] password) {
        return new BenchTarget(server, password.clone());
    }

    boolean onServer() {
        return server != null;
    }

    /** The application on the target; {@code paths} holds the bench's files (and the H2 file when not on a server). */
    AppContext open(AppPaths paths) {
        return server == null ? AppContext.open(paths) : AppContext.openServer(paths, server, password.clone());
    }

    /** The engine, for the figures' heading on stderr. */
    String engine() {
        return server == null ? "H2" : "PostgreSQL " + server;
    }
}
