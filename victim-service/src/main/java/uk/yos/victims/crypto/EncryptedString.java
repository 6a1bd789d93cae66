package uk.yos.victims.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a string column at rest ({@link DataKeyRing}): apply with {@code @Convert(converter = EncryptedString.class)}.
 * Hibernate compares the decrypted values to decide what changed, so the random IV never causes spurious updates;
 * every write re-encrypts with the current key, which moves a record onto a rotated key.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : DataKeys.current().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : DataKeys.current().decrypt(stored);
    }
}
