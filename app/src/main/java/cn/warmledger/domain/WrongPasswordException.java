package cn.warmledger.domain;

/**
 * The database (or a backup) did not open with the password given: the clerk may try again. Nothing
 * was changed on disk.
 */
public class WrongPasswordException extends RuntimeException {
    public WrongPasswordException(String message) {
        super(message);
    }
}
