package cn.warmledger.concurrent;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.testing.PostgresCluster;

/**
 * Several PCs of one office on one database (issue 18.4): every {@link #clerk()} is another AppContext with its own
 * connections to the same data, as another PC would be. On H2 they share the data folder's file (one JVM: the
 * embedded engine); on PostgreSQL each PC has a data folder of its own (its outbox, received files, sender id) and
 * they share one database on the test cluster — a test on PostgreSQL is skipped, saying why, where none is installed.
 */
public final class SharedOffice implements AutoCloseable {
    /** The engines the concurrency tests run on, each in the same test JVM (a parameter, not a surefire run). */
    public enum Engine { H2, POSTGRESQL }

    private final Engine engine;
    private final Path dir;
    private final String code;
    private final String name;
    private final ServerAddress server;
    private final List<AppContext> opened = new ArrayList<>();

    private SharedOffice(Engine engine, Path dir, String code, String name) {
        this.engine = engine;
        this.dir = dir;
        this.code = code;
        this.name = name;
        this.server = engine == Engine.POSTGRESQL ? PostgresCluster.get().newDatabase("office") : null;
    }

    /** A township office (城关镇总工会, 340102001). */
    public static SharedOffice township(Engine engine, Path dir) {
        return new SharedOffice(engine, dir, "340102001", "城关镇总工会");
    }

    /** An office with its own 单位代码 and name (a county: 某某县总工会, 340102). */
    public static SharedOffice of(Engine engine, Path dir, String code, String name) {
        return new SharedOffice(engine, dir, code, name);
    }

    /** Another PC, with the ordinary transports. */
    public AppContext clerk() {
        return clerk(new Transports());
    }

    /** Another PC whose transports trust {@code certificate} (the tests' own mail and WebDAV servers). */
    public AppContext clerk(SSLContext certificate) {
        return clerk(new Transports(certificate, Duration.ofSeconds(10)));
    }

    private AppContext clerk(Transports transports) {
        AppContext ctx = engine == Engine.H2
                ? AppContext.open(new AppPaths(dir), null, transports, Clock.systemDefaultZone())
                : AppContext.openServer(new AppPaths(dir.resolve("pc" + (opened.size() + 1))), server,
                        PostgresCluster.get().password(), transports, Clock.systemDefaultZone());
        opened.add(ctx);
        if (!ctx.setup().isSetUp()) {
            ctx.setup().complete(new SetupService.Setup(name, code, "某某县总工会", "张干事", new BigDecimal("650")));
        }
        return ctx;
    }

    @Override
    public void close() {
        opened.forEach(AppContext::close);
    }
}
