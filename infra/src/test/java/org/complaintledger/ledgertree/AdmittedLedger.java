package org.complaintledger.ledgertree;

import javax.sql.DataSource;
import org.complaintledger.provenance.AppendSeals;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the tree's tests on a running ledger share: the database, the admitter, the proofs, their writes and reads. */
abstract class AdmittedLedger {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppendSeals seals;

    @Autowired
    LedgerAdmission admission;

    @Autowired
    LedgerProofs proofs;

    TreeReads tree;
    ChainedInserts inserts;

    @BeforeEach
    void readers() {
        tree = new TreeReads(jdbc);
        inserts = new ChainedInserts(seals);
    }
}
