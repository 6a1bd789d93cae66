package uk.yos.victims.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The encryption of contact details, and how the service finds (or refuses to start without) its keys. */
class DataKeyRingTest {

    private static final String KEY_1 = newKey();
    private static final String KEY_2 = newKey();

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void encryptsWithAFreshIvUnderTheCurrentKeyIdAndDecryptsBack() {
        DataKeyRing ring = new DataKeyRing(Map.of("k1", KEY_1), "k1");
        String first = ring.encrypt("07700 900123");
        String second = ring.encrypt("07700 900123");
        assertTrue(first.startsWith("k1:"), first);
        assertNotEquals(first, second, "a random IV per value");
        assertTrue(!first.contains("07700"));
        assertEquals("07700 900123", ring.decrypt(first));
        assertEquals("07700 900123", ring.decrypt(second));
        assertEquals("", ring.decrypt(ring.encrypt("")));
        assertEquals("Zoë O'Brien, 1 Rue d'Été", ring.decrypt(ring.encrypt("Zoë O'Brien, 1 Rue d'Été")));
    }

    @Test
    void readsValuesWrittenUnderAnOlderKeyAfterRotation() {
        String old = new DataKeyRing(Map.of("k1", KEY_1), "k1").encrypt("1 High Street");
        DataKeyRing rotated = new DataKeyRing(Map.of("k1", KEY_1, "k2", KEY_2), "k2");
        assertEquals("1 High Street", rotated.decrypt(old));
        assertTrue(rotated.encrypt("1 High Street").startsWith("k2:"));

        IllegalStateException retired = assertThrows(IllegalStateException.class,
                () -> new DataKeyRing(Map.of("k2", KEY_2), "k2").decrypt(old));
        assertTrue(retired.getMessage().contains("yos.victims.data-keys.k1"), retired.getMessage());
        assertTrue(retired.getMessage().contains("YOS_VICTIMS_DATA_KEYS_K1"), retired.getMessage());
    }

    @Test
    void refusesAlteredValuesAndASwappedKeyId() {
        DataKeyRing ring = new DataKeyRing(Map.of("k1", KEY_1, "k2", KEY_2), "k1");
        String stored = ring.encrypt("sam@example.org");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> ring.decrypt(altered));
        // The key id is authenticated too: relabelling a value is detected, not decrypted with another key.
        assertThrows(IllegalStateException.class, () -> ring.decrypt("k2:" + stored.substring(3)));
        assertThrows(IllegalStateException.class, () -> ring.decrypt("no-key-id"));
        assertThrows(IllegalStateException.class, () -> ring.decrypt("k1:AAAA"));
    }

    @Test
    void withoutACurrentKeyItRefusesToStartAndSaysWhatToSet() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new DataKeyRing(Map.of(), "k1"));
        assertTrue(missing.getMessage().contains("YOS_VICTIMS_DATA_KEY"), missing.getMessage());
        assertTrue(missing.getMessage().contains("yos.victims.data-keys.k1"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> new DataKeyRing(Map.of("k1", " "), "k1"));
        assertThrows(IllegalStateException.class, () -> new DataKeyRing(Map.of("k2", KEY_2), "k1"));
        assertThrows(IllegalStateException.class, () -> new DataKeyRing(Map.of("k1", KEY_1), null));
        assertThrows(IllegalStateException.class, () -> new DataKeyRing(Map.of("k1", KEY_1), "K 1"));

        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new DataKeyRing(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1"));
        assertTrue(shortKey.getMessage().contains("32 bytes"), shortKey.getMessage());
        assertTrue(!shortKey.getMessage().contains(KEY_1));
        assertThrows(IllegalStateException.class, () -> new DataKeyRing(Map.of("k1", "not base64!"), "k1"));
    }

    @Test
    void findsKeyIdsInPropertyAndEnvironmentNames() {
        assertEquals("k2", DataKeys.keyId("yos.victims.data-keys.k2"));
        assertEquals("k1", DataKeys.keyId("%prod.yos.victims.data-keys.k1"));
        assertEquals("k2", DataKeys.keyId("YOS_VICTIMS_DATA_KEYS_K2"));
        assertEquals("key-2027", DataKeys.keyId("YOS_VICTIMS_DATA_KEYS_KEY_2027"));
        assertNull(DataKeys.keyId("yos.victims.data-key-id"));
        assertNull(DataKeys.keyId("YOS_VICTIMS_DATA_KEY"));
        assertNull(DataKeys.keyId("yos.victims.data-keys."));
    }

    @Test
    void theProductionProfileHasNoDefaultKey() throws Exception {
        SmallRyeConfig production = productionConfig(Map.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new DataKeys(production));
        assertTrue(refused.getMessage().contains("YOS_VICTIMS_DATA_KEY"), refused.getMessage());
    }

    @Test
    void productionTakesItsKeyFromTheEnvironmentAndMoreKeysForRotation() throws Exception {
        DataKeyRing ring = new DataKeys(productionConfig(Map.of("YOS_VICTIMS_DATA_KEY", KEY_1))).ring();
        assertEquals("k1", ring.currentKeyId());
        String written = ring.encrypt("01536 000000");

        DataKeyRing rotated = new DataKeys(productionConfig(Map.of("YOS_VICTIMS_DATA_KEY", KEY_1,
                "YOS_VICTIMS_DATA_KEYS_K2", KEY_2, "YOS_VICTIMS_DATA_KEY_ID", "k2"))).ring();
        assertEquals("k2", rotated.currentKeyId());
        assertEquals("01536 000000", rotated.decrypt(written));
        assertTrue(rotated.encrypt("x").startsWith("k2:"));
    }

    /** The service's own application.properties in the prod profile, with these environment variables only. */
    private static SmallRyeConfig productionConfig(Map<String, String> environment) throws Exception {
        URL properties = DataKeyRingTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(properties, 250), new EnvConfigSource(environment, 300))
                .build();
    }
}
