package cn.warmledger.cli;

/** Bad arguments: exit code 2 with the Chinese message on stderr. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
