package cn.warmledger.cli;

/**
 * One top-level word of the command line (self-check, recipients, …). Returns the exit code. Its lines in
 * --help are the bundle keys cli.usage.&lt;feature&gt;, which {@link Cli} prints after cli.usage.
 */
public interface Command {
    int run(Invocation invocation) throws Exception;
}
