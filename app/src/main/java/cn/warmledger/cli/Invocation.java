package cn.warmledger.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * What a command works with: its arguments, the two output streams, the (lazily opened) data folder and its
 * paths (for a command that does not open the folder itself, such as {@code demo}), and the database password
 * given (WARMLEDGER_PASSWORD or --password-file; null: none), for {@code restore} into a damaged folder that does not open.
 */
public record Invocation(Arguments args, PrintStream out, PrintStream err, Supplier<AppContext> context,
                         Supplier<AppPaths> paths, Supplier<DatabasePassword> password) {
}
