package eu.barometer.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest of the project: the hash of each input file (the Sources sheet and
 * the validation report) and the content-derived ids of deterministic output. Internal: not part
 * of the API.
 */
public final class Sha256 {

    private Sha256() { }

    /** A new SHA-256 digest; every Java runtime has one. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The SHA-256 of the parts, one after the other. */
    public static byte[] of(byte[]... parts) {
        MessageDigest d = newDigest();
        for (byte[] p : parts) {
            d.update(p);
        }
        return d.digest();
    }

    /** A digest as lowercase hex. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
