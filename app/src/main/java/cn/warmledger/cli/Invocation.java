package cn.warmledger.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import cn.warmledger.service.AppContext;

/** What a command works with: its arguments, the two output streams and the (lazily opened) data folder. */
public record Invocation(Arguments args, PrintStream out, PrintStream err, Supplier<AppContext> context) {
}
