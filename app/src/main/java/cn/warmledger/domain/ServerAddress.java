package cn.warmledger.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the office's PostgreSQL database is (issue 18): host, port, database and login role, and whether the
 * connection must be encrypted (SSL). Never holds a password, so it can be shown, logged and kept in a settings
 * file as it is. Written {@code postgresql://USER@HOST:PORT/DB} (port 5432 when left out; {@code ?sslmode=require}
 * for SSL), as on the command line's {@code --database}.
 */
public record ServerAddress(String host, int port, String database, String user, boolean ssl) {
    public static final int DEFAULT_PORT = 5432;
    private static final String SCHEME = "postgresql";

    public ServerAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank() || port < 1 || port > 65535) {
            throw new InvalidValueException(Messages.get("server.address"), Messages.get("server.address.incomplete"));
        }
    }

    /**
     * Parses {@code postgresql://USER@HOST[:PORT]/DB[?sslmode=require]}; a password in it ({@code USER:PW@}) is
     * refused, since a command line is seen by every user of the PC. Throws an {@link InvalidValueException} with a
     * Chinese message naming what is wrong.
     */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException(Messages.get("server.address"), Messages.get("server.address.invalid", String.valueOf(text)));
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() == null
                || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new InvalidValueException(Messages.get("server.address"), Messages.get("server.address.invalid", String.valueOf(text)));
        }
        if (uri.getRawUserInfo().contains(":")) {
            throw new InvalidValueException(Messages.get("server.address"), Messages.get("server.address.password"));
        }
        boolean ssl = false;
        String query = uri.getQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                String p = part.toLowerCase(Locale.ROOT);
                if (p.startsWith("sslmode=")) {
                    String mode = p.substring("sslmode=".length());
                    ssl = mode.equals("require") || mode.equals("verify-ca") || mode.equals("verify-full");
                }
            }
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        return new ServerAddress(uri.getHost(), port, uri.getPath().substring(1), uri.getUserInfo(), ssl);
    }

    /** The JDBC URL of this address (the password is given to the driver apart). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database
                + (ssl ? "?sslmode=require" : "?sslmode=disable");
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The address as written on the command line: {@code postgresql://USER@HOST:PORT/DB}; no password. */
    @Override
    public String toString() {
        return SCHEME + "://" + user + "@" + hostForUrl() + ":" + port + "/" + database + (ssl ? "?sslmode=require" : "");
    }
}
