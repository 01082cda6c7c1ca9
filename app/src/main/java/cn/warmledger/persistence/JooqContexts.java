package cn.warmledger.persistence;

import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The jOOQ contexts of {@link Database}: the SQL dialect and name case of the engine, chosen at run time, and
 * transactions bound to the calling thread (so repositories need no handles).
 */
final class JooqContexts {
    private JooqContexts() {
    }

    /**
     * A context on {@code connections} whose transactions are bound to the calling thread; {@code onFailure} hears
     * of every statement that failed.
     */
    static DSLContext threadBound(boolean postgres, LentConnections connections, Consumer<Throwable> onFailure) {
        return DSL.using(new DefaultConfiguration()
                .set(postgres ? SQLDialect.POSTGRES : SQLDialect.H2)
                .set(settings(postgres))
                .set(connections)
                .set(org.jooq.ExecuteListener.onException(ctx -> onFailure.accept(ctx.exception())))
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /**
     * The generated classes carry H2's upper-case names; PostgreSQL folds the migrations' unquoted names to lower
     * case, so there jOOQ renders them in lower case (still quoted: a column named like a keyword stays a column).
     */
    static Settings settings(boolean postgres) {
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        return postgres ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
    }
}
