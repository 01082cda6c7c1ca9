package cn.warmledger.persistence;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import cn.warmledger.domain.DatabasePassword;

/**
 * How the clerk's password becomes H2's file password (docs/decisions/19-1). H2 itself stretches its file
 * password with only 10 PBKDF2 iterations, so in front of it the password is derived with
 * PBKDF2-HMAC-SHA256 over {@value #ITERATIONS} iterations and a random salt kept beside the database in
 * {@value #FILE} ({@code pbkdf2-sha256 ITERATIONS SALT-HEX}); H2 gets the hex of the 32 derived bytes. A folder
 * encrypted before this (no {@value #FILE}, or a file re-keyed only half way when a crash came) uses the 8-1 key:
 * the hex of the password's UTF-8 bytes. The salt file of a folder is written once and never changed while a
 * database keyed with it exists; a password change keeps it.
 */
final class FileKeys {
    static final String FILE = Database.FILE_NAME + ".kdf";
    static final int ITERATIONS = 310_000;
    private static final String SCHEME = "pbkdf2-sha256";
    /** What a salt file may say (docs/decisions/19-1): from about a tenth of the 19-1 cost to thirty times it. */
    static final int MIN_ITERATIONS = 100_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;

    private FileKeys() {
    }

    /** The derivation of one folder (or of one backup). */
    record Kdf(int iterations, byte[] salt) {
        String text() {
            return SCHEME + " " + iterations + " " + HexFormat.of().formatHex(salt) + "\n";
        }

        static Optional<Kdf> parse(String text) {
            String[] parts = text.strip().split(" ");
            if (parts.length != 3 || !parts[0].equals(SCHEME)) {
                return Optional.empty();
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = HexFormat.of().parseHex(parts[2]);
                // a crafted salt file must not hang the app deriving (or skip deriving): anything else is damage
                if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS || salt.length != SALT_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(new Kdf(iterations, salt));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The folder's derivation, if it has one; an unreadable salt file is a damaged folder. */
    static Optional<Kdf> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Optional<Kdf> kdf = Kdf.parse(Files.readString(file, StandardCharsets.US_ASCII));
            if (kdf.isEmpty()) {
                throw new DatabaseException("database.corrupted", null, dir.toString());
            }
            return kdf;
        } catch (IOException e) {
            throw new DatabaseException("database.open", e, dir.toString());
        }
    }

    /**
     * The folder's derivation, made (random salt, written to a temporary name, fsynced, published) when it has
     * none yet. Always before any file keyed with it exists: a crash leaves a salt file and a file keyed the old
     * way, which {@link Database#open} still opens. Two processes creating one folder at once both end with the
     * salt that was published first: publishing never replaces a salt file (a rename would, on Linux).
     */
    static Kdf ensure(Path dir) {
        Optional<Kdf> existing = read(dir);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Kdf kdf = new Kdf(ITERATIONS, salt);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, FILE, ".tmp");
            Files.writeString(temp, kdf.text(), StandardCharsets.US_ASCII);
            DatabaseFiles.force(temp);
            publish(temp, dir.resolve(FILE));
            DatabaseFiles.forceFolder(dir);
            return kdf;
        } catch (FileAlreadyExistsException e) {
            return read(dir).orElseThrow(() -> new DatabaseException("database.corrupted", e, dir.toString()));
        } catch (IOException e) {
            throw new DatabaseException("database.folder", e, dir.toString());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary salt file is harmless: nothing reads it
                }
            }
        }
    }

    /** Makes {@code temp} visible as {@code target} in one step, failing if {@code target} exists. */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException e) {
            // no hard links (FAT-formatted USB disks): a move without REPLACE_EXISTING refuses an existing target
            Files.move(temp, target);
        }
    }

    /** H2's file password: derived with {@code kdf}, or the 8-1 form when there is none. */
    static char[] key(DatabasePassword password, Kdf kdf) {
        return kdf == null ? legacy(password) : derived(password, kdf);
    }

    /**
     * Runs the derivation with a throwaway password, salt and a sixth of the iterations, so the JIT has compiled
     * HMAC-SHA256 before the sign-in's derivation: in a fresh JVM that one took 630 ms against 74 ms warm.
     */
    static void warmUp() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Arrays.fill(derived(DatabasePassword.of("warm-up".toCharArray()), new Kdf(ITERATIONS / 6, salt)), '\0');
    }

    static char[] derived(DatabasePassword password, Kdf kdf) {
        char[] chars = password.chars();
        PBEKeySpec spec = new PBEKeySpec(chars, kdf.salt(), kdf.iterations(), 256);
        Arrays.fill(chars, '\0');
        try {
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(bytes).toCharArray();
            Arrays.fill(bytes, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * The 8-1 key: H2's file password may not contain spaces and ends at the first one, so the password is
     * handed over as the hexadecimal form of its UTF-8 bytes (any character works, Chinese too).
     */
    static char[] legacy(DatabasePassword password) {
        char[] c = password.chars();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(c));
        Arrays.fill(c, '\0');
        char[] hex = new char[bytes.remaining() * 2];
        char[] digits = "0123456789abcdef".toCharArray();
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = digits[b >> 4];
            hex[i + 1] = digits[b & 0xf];
        }
        Arrays.fill(bytes.array(), (byte) 0);
        return hex;
    }
}
