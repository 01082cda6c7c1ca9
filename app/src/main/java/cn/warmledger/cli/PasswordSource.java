package cn.warmledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;

/**
 * Where the command line gets the database password: {@code --password-file F} (first line of F, UTF-8),
 * else the environment variable {@value #ENV}; never a plain argument, which the process list would show. The same
 * for the office server's login ({@code --db-password-file F}, else {@value #SERVER_ENV}).
 */
final class PasswordSource {
    static final String ENV = "WARMLEDGER_PASSWORD";
    static final String SERVER_ENV = "WARMLEDGER_DB_PASSWORD";

    private PasswordSource() {
    }

    /** Null when neither is given (an unencrypted data folder). */
    static DatabasePassword resolve(Map<String, String> env, String passwordFile) {
        if (passwordFile != null) {
            return fromFile(passwordFile);
        }
        String value = env.get(ENV);
        return value == null || value.isEmpty() ? null : DatabasePassword.of(value);
    }

    /** The server login's password (the caller wipes it); a usage error when neither source gives one. */
    static char[] serverPassword(Map<String, String> env, String passwordFile) {
        if (passwordFile != null) {
            return firstLine(passwordFile);
        }
        String value = env.get(SERVER_ENV);
        if (value == null || value.isEmpty()) {
            throw new UsageException(Messages.get("server.passwordMissing"));
        }
        return value.toCharArray();
    }

    static DatabasePassword fromFile(String passwordFile) {
        char[] line = firstLine(passwordFile);
        DatabasePassword p = DatabasePassword.of(line);
        java.util.Arrays.fill(line, '\0');
        return p;
    }

    /** The file's first line (UTF-8, without its line end); a usage error when unreadable or empty. */
    private static char[] firstLine(String passwordFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(passwordFile));
        } catch (IOException | RuntimeException e) {
            throw new UsageException(Messages.get("cli.passwordFileUnreadable", passwordFile));
        }
        char[] chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).array();
        java.util.Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < chars.length && chars[end] != '\n' && chars[end] != '\r' && chars[end] != '\0') {
            end++;
        }
        if (end == 0) {
            throw new UsageException(Messages.get("cli.passwordFileEmpty", passwordFile));
        }
        char[] line = java.util.Arrays.copyOf(chars, end);
        java.util.Arrays.fill(chars, '\0');
        return line;
    }
}
