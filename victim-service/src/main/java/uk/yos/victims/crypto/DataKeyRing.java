package uk.yos.victims.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for values stored at rest, with key rotation. A stored value is {@code <keyId>:<base64(iv|ciphertext)>}:
 * a fresh random 96-bit IV for every value, a 128-bit tag, and the key id bound in as additional authenticated data
 * so the prefix cannot be swapped. New values use the current key; older values are read with the key they name.
 * <p>
 * Messages never contain key material or plaintext.
 */
public final class DataKeyRing {

    /** Where the current key comes from in production; named in the startup error an operator sees. */
    public static final String ENVIRONMENT_VARIABLE = "YOS_VICTIMS_DATA_KEY";
    public static final String KEYS_PROPERTY = "yos.victims.data-keys";
    public static final String KEY_ID_PROPERTY = "yos.victims.data-key-id";

    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,15}");
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Keys every configured key by id (base64 of 32 bytes)
     * @param currentKeyId the key new values are encrypted with; it must be among {@code base64Keys}
     * @throws IllegalStateException naming the property or environment variable to set, when the keys are unusable
     */
    public DataKeyRing(Map<String, String> base64Keys, String currentKeyId) {
        if (currentKeyId == null || !KEY_ID.matcher(currentKeyId).matches()) {
            throw new IllegalStateException(KEY_ID_PROPERTY + " must be 1 to 16 lower-case letters, digits or '-' "
                    + "(starting with a letter or digit)");
        }
        Map<String, SecretKey> parsed = new TreeMap<>();
        base64Keys.forEach((id, value) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("Data key id '" + id + "' in " + KEYS_PROPERTY
                        + " must be 1 to 16 lower-case letters, digits or '-'");
            }
            if (value == null || value.isBlank()) {
                return;
            }
            parsed.put(id, parse(id, value.strip()));
        });
        if (!parsed.containsKey(currentKeyId)) {
            throw new IllegalStateException("No encryption key for victims' contact details: " + KEY_ID_PROPERTY
                    + " is '" + currentKeyId + "' but " + KEYS_PROPERTY + "." + currentKeyId + " is not set. In "
                    + "production set the environment variable " + ENVIRONMENT_VARIABLE + " to a base64-encoded "
                    + "32-byte key (for example the output of 'openssl rand -base64 32'), kept in a secret store");
        }
        this.keys = Map.copyOf(parsed);
        this.currentKeyId = currentKeyId;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, currentKeyId, iv);
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a value with data key '" + currentKeyId + "'", e);
        }
    }

    public String decrypt(String stored) {
        int separator = stored.indexOf(':');
        if (separator <= 0) {
            throw new IllegalStateException("A stored encrypted value has no key id");
        }
        String keyId = stored.substring(0, separator);
        if (!keys.containsKey(keyId)) {
            throw new IllegalStateException("A stored value was encrypted with data key '" + keyId + "', which is "
                    + "not configured: set " + KEYS_PROPERTY + "." + keyId + " (environment variable "
                    + "YOS_VICTIMS_DATA_KEYS_" + keyId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + ")");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(separator + 1));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("A stored encrypted value is truncated");
            }
            byte[] iv = java.util.Arrays.copyOfRange(bytes, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, iv);
            byte[] plaintext = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Wrong key under that id, or a value altered in the database: never return anything.
            throw new IllegalStateException("A stored value could not be decrypted with data key '" + keyId
                    + "' (wrong key, or the value was altered)", e);
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKey parse(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEYS_PROPERTY + "." + id + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(KEYS_PROPERTY + "." + id + " must be 32 bytes (256 bits) encoded in "
                    + "base64, but is " + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
