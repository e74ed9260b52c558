package org.complaintledger.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole ledger application on a random HTTP port, on a real PostgreSQL: a Testcontainers one where Docker is
 * available, otherwise the application's own embedded default in a fresh temporary directory (see
 * {@link LedgerPostgresInitializer}). Callers sign in with the {@link TestAccounts}. Tests that add nothing else to
 * the context share one cached application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // A landlord whose procedure had a third stage in 2022/23 only (2022 5.17), so both kinds of 2022 complaint
        // can be tested in the one shared application.
        "complaint-ledger.procedure.third-stage[0].from=2022-04-01",
        "complaint-ledger.procedure.third-stage[0].until=2023-03-31"})
@ContextConfiguration(initializers = {LedgerPostgresInitializer.class, TestAccounts.class})
public @interface LedgerTest {
}
