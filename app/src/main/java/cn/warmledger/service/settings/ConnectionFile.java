package cn.warmledger.service.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;

/**
 * Where this PC's data is (issue 18, docs/decisions/18-3-server-connection-settings.md): 本机数据库 or the office's
 * PostgreSQL server. Kept outside the database it points to, in {@value #FILE} in the data folder, readable by its
 * owner only. The server's password is in it only encrypted: AES-256-GCM under a random key kept beside it in
 * {@value #KEY_FILE} (owner-only too), with the address as associated data, so the password decrypts only for the
 * server it was saved for. No file: 本机数据库, as before issue 18.
 */
public final class ConnectionFile {
    public static final String FILE = "connection.properties";
    public static final String KEY_FILE = "connection.key";
    private static final String FORMAT = "warmledger-connection/1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the file says: the server (null: 本机数据库) and the last server entered, whether a password is saved. */
    public record Choice(boolean useServer, ServerAddress server, boolean passwordSaved) {
        public static final Choice LOCAL = new Choice(false, null, false);
    }

    private final Path dataDir;

    public ConnectionFile(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path file() {
        return dataDir.resolve(FILE);
    }

    public Choice read() {
        Properties p = load();
        if (p == null) {
            return Choice.LOCAL;
        }
        ServerAddress server = address(p);
        return new Choice(server != null && "server".equals(p.getProperty("engine")), server,
                server != null && p.getProperty("server.password") != null);
    }

    /** The saved server password, decrypted; empty when none is saved. */
    public Optional<DatabasePassword> password() {
        Properties p = load();
        String sealed = p == null ? null : p.getProperty("server.password");
        ServerAddress server = p == null ? null : address(p);
        if (sealed == null || server == null) {
            return Optional.empty();
        }
        try {
            String[] parts = sealed.split(":");
            byte[] iv = Base64.getDecoder().decode(parts[0]);
            byte[] sealedBytes = Base64.getDecoder().decode(parts[1]);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(false), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(associated(server));
            byte[] plain = c.doFinal(sealedBytes);
            try {
                return Optional.of(DatabasePassword.of(StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(plain))));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // a key file lost or replaced, or the address edited by hand: the password cannot be trusted any more
            throw new InvalidValueException(Messages.get("connection.title"), Messages.get("connection.passwordUnreadable"));
        }
    }

    /** 本机数据库 from the next start; the server's address (and password) stay for a later switch back. */
    public void chooseLocal() {
        Properties p = Optional.ofNullable(load()).orElseGet(Properties::new);
        p.setProperty("engine", "local");
        store(p);
    }

    /**
     * The server from the next start. {@code newPassword} null keeps the saved one, which holds only while the
     * address stays the same (it is sealed to it); another address needs the password again.
     */
    public void chooseServer(ServerAddress server, DatabasePassword newPassword) {
        Properties old = load();
        Properties p = new Properties();
        p.setProperty("engine", "server");
        p.setProperty("server.host", server.host());
        p.setProperty("server.port", String.valueOf(server.port()));
        p.setProperty("server.database", server.database());
        p.setProperty("server.user", server.user());
        p.setProperty("server.ssl", String.valueOf(server.ssl()));
        if (newPassword != null) {
            p.setProperty("server.password", seal(server, newPassword));
        } else if (old != null && old.getProperty("server.password") != null && server.equals(address(old))) {
            p.setProperty("server.password", old.getProperty("server.password"));
        } else {
            throw new InvalidValueException(Messages.get("connection.password"), Messages.get("error.required"));
        }
        store(p);
    }

    private String seal(ServerAddress server, DatabasePassword password) {
        char[] chars = password.chars();
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars));
        byte[] plain = new byte[encoded.remaining()];
        encoded.get(plain);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(true), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(associated(server));
            byte[] sealed = c.doFinal(plain);
            return Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidValueException(Messages.get("connection.title"), Messages.get("connection.saveFailed"));
        } finally {
            Arrays.fill(chars, '\0');
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The address the password belongs to: decrypting under another one fails (GCM's tag). */
    private static byte[] associated(ServerAddress server) {
        return (FORMAT + "|" + server.host() + "|" + server.port() + "|" + server.database() + "|" + server.user())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** This installation's 256-bit key, made (owner-only) the first time a password is saved. */
    private byte[] key(boolean create) throws IOException {
        Path keyFile = dataDir.resolve(KEY_FILE);
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new IOException("key length");
            }
            return key;
        } catch (NoSuchFileException e) {
            if (!create) {
                throw e;
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            OwnerOnlyFiles.write(keyFile, (Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return key;
        }
    }

    private static ServerAddress address(Properties p) {
        try {
            return new ServerAddress(p.getProperty("server.host"), Integer.parseInt(p.getProperty("server.port", "")),
                    p.getProperty("server.database"), p.getProperty("server.user"),
                    Boolean.parseBoolean(p.getProperty("server.ssl")));
        } catch (RuntimeException e) {
            return null; // none saved yet (or edited beyond reading): 本机数据库 until the page saves one
        }
    }

    private Properties load() {
        try {
            String text = Files.readString(file(), StandardCharsets.UTF_8);
            Properties p = new Properties();
            p.load(new StringReader(text));
            return p;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new InvalidValueException(Messages.get("connection.title"),
                    Messages.get("connection.unreadable", file().toString()));
        }
    }

    private void store(Properties p) {
        StringWriter out = new StringWriter();
        try {
            p.store(out, FORMAT + ": where this PC's data is (设置 → 数据库); the password is encrypted, see "
                    + "docs/decisions/18-3-server-connection-settings.md");
            OwnerOnlyFiles.write(file(), out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidValueException(Messages.get("connection.title"), Messages.get("connection.saveFailed"));
        }
    }
}
