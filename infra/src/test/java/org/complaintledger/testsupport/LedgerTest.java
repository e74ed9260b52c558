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
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {LedgerPostgresInitializer.class, TestAccounts.class})
public @interface LedgerTest {
}
