package cn.warmledger.domain;

/**
 * The database file of the data folder is damaged (a power cut or a kill while H2 wrote it): the password was right
 * — the file's header opened with it — but the data behind it cannot be read. Not a wrong password: typing it again
 * does not help; a backup does (docs/decisions/21-1). Nothing was changed on disk.
 */
public class DamagedDatabaseException extends RuntimeException {
    public DamagedDatabaseException(String message) {
        super(message);
    }
}
