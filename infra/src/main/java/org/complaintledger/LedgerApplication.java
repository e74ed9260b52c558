package org.complaintledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable complaint ledger. It lives in the base package that all four modules share, so component scanning
 * picks up the beans of command-side, projections and query-side as well as infra's own.
 */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
