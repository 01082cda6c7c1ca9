package cn.warmledger.cli;

/** One top-level word of the command line (self-check, recipients, …). Returns the exit code. */
public interface Command {
    int run(Invocation invocation) throws Exception;
}
