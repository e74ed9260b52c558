package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.http.ResidentRecordsClient.TODAY;

import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each mistake on a resident's records is refused with problem details naming the field, the rule and provision,
 * or the record not found, and appends nothing.
 */
@LedgerTest
class ResidentRecordRefusalsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    Refusals refusals;
    ResidentRecordsClient resident;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
        refusals = new Refusals(jdbc);
        resident = new ResidentRecordsClient(ledger);
    }

    @Test
    void everyMissingFieldIsNamed() {
        refusals.badRequest(() -> ledger.post(resident.records() + "/adjustments", "{}"),
                "kind", "description", "reviewDue", "recordedBy");
        refusals.badRequest(() -> ledger.post(resident.records() + "/restrictions", "{\"residentInformed\": true}"),
                "reasons", "scope", "proportionalityNote", "reviewDue", "decidedBy");
    }

    @Test
    void aResidentIdThatIsNotAnOpaqueIdIsNamed() {
        refusals.badRequest(() -> ledger.post("/api/residents/Jane%20Resident/adjustments", """
                {"kind": "DISABILITY_DISCLOSED", "description": "deaf", "reviewDue": "%s", "recordedBy": "A"}"""
                .formatted(TODAY.plusMonths(1))), "residentId");
    }

    @Test
    void aReviewDateNotAfterTheDayOfTheRecordIsNamed() {
        refusals.badRequest(() -> resident.agreeAdjustment(TODAY.toString(), TODAY), "reviewDue");
    }

    @Test
    void aRecordWeeksLateNeedsAReason() {
        refusals.badRequest(() -> ledger.post(resident.records() + "/adjustments", """
                {"occurredAt": "%s", "kind": "DISABILITY_DISCLOSED", "description": "deaf", "reviewDue": "%s",
                 "recordedBy": "A"}""".formatted(TODAY.minusDays(30), TODAY.plusMonths(1))), "backdatingReason");
    }

    @Test
    void aReviewWithoutItsNextDateOrWithAFieldOfAnotherOutcomeIsNamed() {
        String at = resident.records() + "/adjustments/" + resident.agreeAdjustment(TODAY.toString(), TODAY.plusMonths(1)).id();
        refusals.badRequest(() -> ledger.post(at + "/review", """
                {"outcome": "CONTINUED", "note": "still needed", "reviewedBy": "Ben"}"""), "nextReviewDue");
        refusals.badRequest(() -> ledger.post(at + "/review", """
                {"outcome": "CONTINUED", "note": "n", "description": "d", "nextReviewDue": "%s", "reviewedBy": "Ben"}"""
                .formatted(TODAY.plusMonths(2))), "description");
        refusals.badRequest(() -> ledger.post(at + "/review", """
                {"outcome": "SUSPENDED", "note": "n", "reviewedBy": "Ben"}"""), "outcome");
        refusals.badRequest(() -> ledger.post(at + "/review", """
                {"outcome": "ENDED", "note": "n", "reviewedBy": "Ben", "reviewer": "typo"}"""), "reviewer");
    }

    @Test
    void aReviewsDueDateThatIsNotADateIsNamed() {
        refusals.badRequest(() -> ledger.get("/api/reviews-due?by=soon"), "by");
    }

    @Test
    void aRestrictionTheResidentWasNotToldOfIsAConflictNamingTheRule() {
        refusals.conflict(() -> resident.imposeRestriction(false, TODAY.plusMonths(1)),
                "restriction-resident-not-informed", null);
    }

    @Test
    void nothingIsReviewedAfterTheRecordEnded() {
        String at = resident.records() + "/restrictions/" + resident.imposeRestriction(true, TODAY.plusMonths(1)).id();
        ledger.post(at + "/review", "{\"outcome\": \"LIFTED\", \"note\": \"n\", \"reviewedBy\": \"Dev\"}");
        refusals.conflict(() -> ledger.post(at + "/review", """
                {"outcome": "CONTINUED", "note": "n", "nextReviewDue": "%s", "reviewedBy": "Dev"}"""
                .formatted(TODAY.plusMonths(2))), "restriction-lifted", null);
    }

    @Test
    void anotherResidentsRecordIsNotFound() {
        String adjustment = resident.agreeAdjustment(TODAY.toString(), TODAY.plusMonths(1)).id();
        String elsewhere = "/api/residents/R-someone-else/adjustments/" + adjustment;
        Reply reply = refusals.notFound(() -> ledger.post(elsewhere + "/review", """
                {"outcome": "ENDED", "note": "n", "reviewedBy": "Ben"}"""), "not-on-record");
        assertThat(reply.body().get("detail").asString()).contains(adjustment);
        refusals.notFound(() -> ledger.get(elsewhere), "not-on-record");
    }

    @Test
    void anIdOfAnotherKindOfRecordIsNotFound() {
        String restriction = resident.imposeRestriction(true, TODAY.plusMonths(1)).id();
        String complaint = ledger.logComplaint();
        String review = """
                {"outcome": "CONTINUED", "note": "n", "nextReviewDue": "%s", "reviewedBy": "Ben"}"""
                .formatted(TODAY.plusMonths(2));
        refusals.notFound(() -> ledger.post(resident.records() + "/adjustments/" + restriction + "/review", review),
                "not-on-record");
        refusals.notFound(() -> ledger.post(resident.records() + "/adjustments/" + complaint + "/review", review),
                "not-on-record");
        refusals.notFound(() -> ledger.post(resident.records() + "/restrictions/no-such-restriction/review", review),
                "not-on-record");
        refusals.notFound(() -> ledger.get(resident.records() + "/adjustments/" + restriction), "not-on-record");
        refusals.notFound(() -> ledger.get(resident.records() + "/restrictions/" + complaint), "not-on-record");
    }

    @Test
    void aResidentsRecordIsNoComplaint() {
        String adjustment = resident.agreeAdjustment(TODAY.toString(), TODAY.plusMonths(1)).id();
        refusals.notFound(() -> ledger.post("/api/complaints/" + adjustment + "/withdrawal", "{}"), "unknown-complaint");
        assertThat(ledger.get("/api/complaints/" + adjustment + "/events").status()).isEqualTo(404);
    }
}
