package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.personaldata.KeyEncryptionKeys.Wrapped;
import org.junit.jupiter.api.Test;

/** A wrapped subject key opens only with the KEK that wrapped it, for the subject it was wrapped for. */
class KeyEncryptionKeysTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SecretKey newKek() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    private final SecretKey subjectKey = newKek();
    private final KeyEncryptionKeys keks = new KeyEncryptionKeys(Map.of("kek-a", newKek()), "kek-a", RANDOM);

    @Test
    void unwrapsWhatItWrappedAndStoresNothingOfTheKey() {
        Wrapped wrapped = keks.wrap("resident-42", subjectKey.getEncoded());

        assertThat(wrapped.kekId()).isEqualTo("kek-a");
        assertThat(wrapped.bytes()).hasSize(KeyEncryptionKeys.WRAPPED_BYTES);
        assertThat(new String(wrapped.bytes(), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(subjectKey.getEncoded(), StandardCharsets.ISO_8859_1));
        assertThat(keks.unwrap("resident-42", wrapped).getEncoded()).isEqualTo(subjectKey.getEncoded());
    }

    @Test
    void aWrappedKeyMovedToAnotherSubjectDoesNotUnwrap() {
        Wrapped wrapped = keks.wrap("resident-42", subjectKey.getEncoded());

        assertThatThrownBy(() -> keks.unwrap("resident-43", wrapped)).hasMessageContaining("does not unwrap");
    }

    @Test
    void anotherKekUnderTheSameIdDoesNotUnwrap() {
        Wrapped wrapped = keks.wrap("resident-42", subjectKey.getEncoded());
        KeyEncryptionKeys impostor = new KeyEncryptionKeys(Map.of("kek-a", newKek()), "kek-a", RANDOM);

        assertThatThrownBy(() -> impostor.unwrap("resident-42", wrapped))
                .hasMessageContaining("does not unwrap with key-encryption key 'kek-a'");
    }

    @Test
    void aKeyWrappedWithAKekNoLongerConfiguredNamesIt() {
        Wrapped wrapped = keks.wrap("resident-42", subjectKey.getEncoded());
        KeyEncryptionKeys rotated = new KeyEncryptionKeys(Map.of("kek-b", newKek()), "kek-b", RANDOM);

        assertThatThrownBy(() -> rotated.unwrap("resident-42", wrapped))
                .hasMessageContaining("'kek-a', which is not configured");
    }

    @Test
    void theCurrentKekWrapsAndEveryConfiguredOneUnwraps() {
        SecretKey old = newKek();
        Wrapped underOld = new KeyEncryptionKeys(Map.of("old", old), "old", RANDOM)
                .wrap("resident-42", subjectKey.getEncoded());
        KeyEncryptionKeys both = new KeyEncryptionKeys(Map.of("old", old, "new", newKek()), "new", RANDOM);

        assertThat(both.unwrap("resident-42", underOld).getEncoded()).isEqualTo(subjectKey.getEncoded());
        assertThat(both.wrap("resident-42", subjectKey.getEncoded()).kekId()).isEqualTo("new");
    }
}
