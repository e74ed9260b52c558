package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.investigatoraccess.CaseRecordReadByInvestigator;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the case bundle's HTTP tests share: the running ledger (one context), clients signed in as the officer and as
 * the investigator, and complaints with documents, correspondence and grants made through the API.
 */
@LedgerTest
abstract class CaseBundleHttp {

    static final String REPORT_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String LETTER_DIGEST = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    LedgerCheckpoints checkpoints;

    @TempDir
    Path files;

    LedgerClient officer;
    CaseBundleDownloads asOfficer;
    CaseBundleDownloads asInvestigator;

    @BeforeEach
    void clients() {
        officer = new LedgerClient(port);
        asOfficer = new CaseBundleDownloads(port, TestAccounts.username(Role.OFFICER), TestAccounts.PASSWORD);
        asInvestigator = new CaseBundleDownloads(port, TestAccounts.username(Role.INVESTIGATOR), TestAccounts.PASSWORD);
    }

    /** A complaint logged, given a report and a letter with two documents: 3 events. */
    String complaintWithDocuments(String residentId, String residentName) {
        String complaint = officer.logComplaint(residentId, residentName, "Damp in the bedroom");
        Reply attached = officer.post("/api/complaints/" + complaint + "/documents", """
                {"kind": "REPORT", "document": {"name": "Damp survey of flat 3", "mediaType": "application/pdf",
                 "sha256": "%s"}, "description": "The surveyor's report"}""".formatted(REPORT_DIGEST));
        assertThat(attached.status()).as(attached.body().toString()).isEqualTo(200);
        Reply letter = officer.post("/api/complaints/" + complaint + "/correspondence", """
                {"direction": "OUTBOUND", "party": "RESIDENT", "channel": "LETTER", "summary": "Sent the survey",
                 "documents": [{"name": "Letter to Ada", "mediaType": "application/pdf", "sha256": "%s"},
                               {"name": "Survey notes", "mediaType": "text/plain", "sha256": "%s"}]}"""
                .formatted(LETTER_DIGEST, REPORT_DIGEST));
        assertThat(letter.status()).as(letter.body().toString()).isEqualTo(200);
        return complaint;
    }

    void correspond(String complaint, String summary) {
        Reply reply = officer.post("/api/complaints/" + complaint + "/correspondence", """
                {"direction": "OUTBOUND", "party": "CONTRACTOR", "channel": "EMAIL", "summary": "%s"}"""
                .formatted(summary));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    }

    String grant(String complaint) {
        Reply granted = officer.post("/api/complaints/" + complaint + "/investigator-grants", """
                {"investigator": "%s", "expiresAt": "%s", "reason": "Housing Ombudsman case 202600042"}"""
                .formatted(TestAccounts.username(Role.INVESTIGATOR), Instant.now().plus(Duration.ofDays(28))));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(201);
        return granted.id();
    }

    long readsRecordedOf(String complaint) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE "
                + "'%.CaseRecordReadByInvestigator' AND convert_from(payload, 'UTF8') LIKE ?", Long.class,
                "%" + complaint + "%");
    }

    long bundlesRecordedOf(String complaint) {
        return jdbc.queryForObject("SELECT count(*) FROM case_bundle_checkpoint WHERE complaint_id = ?", Long.class,
                complaint);
    }
}
