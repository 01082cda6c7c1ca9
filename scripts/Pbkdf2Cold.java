import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What the sign-in's key derivation (docs/decisions/19-1: PBKDF2-HMAC-SHA256, 310,000 iterations) costs in a
 * fresh JVM, as at sign-in right after start (not yet compiled by the JIT). Run by scripts/cold-start.sh:
 * {@code java scripts/Pbkdf2Cold.java}; prints {@code kdf_cold_ms <ms> ms}.
 */
public class Pbkdf2Cold {
    public static void main(String[] args) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        long t0 = System.nanoTime();
        PBEKeySpec spec = new PBEKeySpec("Bench-Secret-2026".toCharArray(), salt, 310_000, 256);
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        System.out.printf("kdf_cold_ms\t%d\tms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
