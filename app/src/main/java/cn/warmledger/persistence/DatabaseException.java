package cn.warmledger.persistence;

import cn.warmledger.domain.Messages;

/** A database that cannot be opened or written, with a Chinese message that carries no personal data. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String key, Throwable cause, Object... args) {
        super(Messages.get(key, args), cause);
    }
}
