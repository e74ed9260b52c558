package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.personaldata.PersonalDataCipher.Sealed;
import org.junit.jupiter.api.Test;

/** A sealed value opens only with its subject's key, in the event and at the path it was sealed for, unaltered. */
class PersonalDataCipherTest {

    private static final String EVENT = "4f8a2c1e-event";
    private static final String PATH = "complainant.residentName";

    private final SecureRandom random = new SecureRandom();
    private final PersonalDataCipher cipher = new PersonalDataCipher(random);
    private final SecretKey key = newKey();

    private SecretKey newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private Sealed sealed(String subject, String plaintext) {
        return PersonalDataCipher.parse(cipher.seal(key, subject, EVENT, PATH, plaintext)).orElseThrow();
    }

    @Test
    void opensWhatItSealedAndHidesIt() {
        String stored = cipher.seal(key, "resident-42", EVENT, PATH, "Zélie Quorndon-Smythe");

        assertThat(stored).startsWith("pd1:resident-42:").doesNotContain("Zélie").doesNotContain("Quorndon");
        assertThat(cipher.open(key, PersonalDataCipher.parse(stored).orElseThrow(), EVENT, PATH))
                .isEqualTo("Zélie Quorndon-Smythe");
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        assertThat(cipher.seal(key, "r", EVENT, PATH, "same")).isNotEqualTo(cipher.seal(key, "r", EVENT, PATH, "same"));
    }

    @Test
    void aSubjectIdWithColonsIsReadBack() {
        assertThat(sealed("tenancy:17:a", "x").subjectId()).isEqualTo("tenancy:17:a");
    }

    @Test
    void aPlainStringIsNotASealedValue() {
        assertThat(PersonalDataCipher.parse("The boiler has failed")).isEmpty();
    }

    @Test
    void aValueMovedToAnotherEventDoesNotOpen() {
        Sealed value = sealed("resident-42", "Zélie");
        assertThatThrownBy(() -> cipher.open(key, value, "another-event", PATH))
                .isInstanceOf(SealedValueCorrupt.class).hasMessageContaining("another-event");
    }

    @Test
    void aValueMovedToAnotherFieldDoesNotOpen() {
        Sealed value = sealed("resident-42", "Zélie");
        assertThatThrownBy(() -> cipher.open(key, value, EVENT, "description"))
                .isInstanceOf(SealedValueCorrupt.class);
        assertThatThrownBy(() -> cipher.open(key, value, EVENT, "outcomesSought[1]"))
                .isInstanceOf(SealedValueCorrupt.class);
    }

    @Test
    void aValueClaimedForAnotherSubjectDoesNotOpen() {
        Sealed value = sealed("resident-42", "Zélie");
        assertThatThrownBy(() -> cipher.open(key, new Sealed("resident-43", value.ivAndCiphertext()), EVENT, PATH))
                .isInstanceOf(SealedValueCorrupt.class);
    }

    @Test
    void aFlippedBitDoesNotOpen() {
        Sealed value = sealed("resident-42", "Zélie");
        for (int bit : new int[] {0, 12 * 8 + 3, value.ivAndCiphertext().length * 8 - 1}) { // IV, ciphertext, tag
            byte[] altered = value.ivAndCiphertext().clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> cipher.open(key, new Sealed("resident-42", altered), EVENT, PATH))
                    .as("bit %d flipped", bit).isInstanceOf(SealedValueCorrupt.class);
        }
    }

    @Test
    void anotherKeyDoesNotOpen() {
        Sealed value = sealed("resident-42", "Zélie");
        assertThatThrownBy(() -> cipher.open(newKey(), value, EVENT, PATH)).isInstanceOf(SealedValueCorrupt.class);
    }

    @Test
    void aTruncatedOrGarbledValueIsCorruptionNotErasure() {
        String truncated = "pd1:resident-42:" + Base64.getEncoder().encodeToString(new byte[10]);
        assertThatThrownBy(() -> cipher.open(key, PersonalDataCipher.parse(truncated).orElseThrow(), EVENT, PATH))
                .isInstanceOf(SealedValueCorrupt.class);
        assertThatThrownBy(() -> PersonalDataCipher.parse("pd1:resident-42:not base64!"))
                .isInstanceOf(SealedValueCorrupt.class);
    }
}
