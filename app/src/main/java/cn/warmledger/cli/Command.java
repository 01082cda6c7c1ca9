package cn.warmledger.cli;

/** One top-level word of the command line (self-check, recipients, …). Returns the exit code. */
public interface Command {
    int run(Invocation invocation) throws Exception;

    /** The bundle key of this command's lines in --help, or null when cli.usage already has them. */
    default String usageKey() {
        return null;
    }
}
