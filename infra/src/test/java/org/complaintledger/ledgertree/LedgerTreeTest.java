package org.complaintledger.ledgertree;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.complaintledger.testsupport.LedgerTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole ledger ({@link LedgerTest}) with a gap grace short enough to see a gap given up within a test. The tree's
 * tests share this one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@LedgerTest
@TestPropertySource(properties = "complaint-ledger.proof.gap-grace=PT2S")
@interface LedgerTreeTest {

    String GRACE = "PT2S";
}
