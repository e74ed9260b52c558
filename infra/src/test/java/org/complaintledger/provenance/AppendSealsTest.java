package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.junit.jupiter.api.Test;

/** Seals made with the Macs kept initialised per thread and key are the seals a fresh HMAC makes. */
class AppendSealsTest {

    private final KeyEncryptionKeys keks = new KeyEncryptionKeys(
            Map.of("old", kek(1), "current", kek(2)), "current", new SecureRandom());
    private final AppendSeals seals = new AppendSeals(keks);

    @Test
    void eachSealIsTheFreshHmacOfItsHashUnderItsKeyWhateverCameBeforeOnThatThread() throws Exception {
        List<CompletableFuture<Void>> threads = List.of(1, 2).stream().map(thread -> CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                byte[] hash = hash(thread * 1000 + i);
                assertThat(seals.seal(hash)).isEqualTo(uncached("current", hash));
                // another key between two seals, and a check under it, leave the current key's Mac as it was
                assertThat(seals.holds("old", hash, uncached("old", hash))).isTrue();
                assertThat(seals.holds("current", hash, uncached("old", hash))).isFalse();
            }
        })).toList();
        for (CompletableFuture<Void> thread : threads) {
            thread.get();
        }
        assertThat(seals.holds("unknown", hash(1), uncached("current", hash(1)))).isFalse();
    }

    private byte[] uncached(String keyId, byte[] hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keks.derived(keyId, AppendSeals.PURPOSE));
            return mac.doFinal(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hash(int seed) {
        byte[] hash = new byte[32];
        new java.util.Random(seed).nextBytes(hash);
        return hash;
    }

    private static SecretKey kek(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return new SecretKeySpec(key, "AES");
    }
}
