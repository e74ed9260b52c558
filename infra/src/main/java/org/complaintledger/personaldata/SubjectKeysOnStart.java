package org.complaintledger.personaldata;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Before the ledger serves anything (after every bean, Flyway included, and before the web server and the event
 * processors start): re-applies the erasures on the ledger to the key table, then wraps every key with the current
 * key-encryption key. A key no configured KEK can unwrap stops the start, naming the KEK.
 */
class SubjectKeysOnStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SubjectKeysOnStart.class);

    private final ErasuresOnTheLedger erasures;
    private final SubjectKeyWrapping wrapping;
    private final ErasureNotices notices;

    SubjectKeysOnStart(ErasuresOnTheLedger erasures, SubjectKeyWrapping wrapping, ErasureNotices notices) {
        this.erasures = erasures;
        this.wrapping = wrapping;
        this.notices = notices;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> reErased = erasures.destroyKeysStillHeld();
        if (!reErased.isEmpty()) {
            log.warn("{} data subjects forgotten on the ledger still had a key (was the key table restored from an "
                    + "older copy?): destroyed again: {}", reErased.size(), reErased);
            // Other nodes still running may hold those keys: they drop every key cached before this.
            notices.erased("*");
        }
        int wrapped = wrapping.wrapAllWithCurrent();
        log.info("subject keys: {} wrapped with the current key-encryption key now; live keys by key-encryption key: {}",
                wrapped, wrapping.liveKeysByKek());
    }
}
