package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.access.Role;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The landlord's own record over HTTP: its context, exceptional circumstances and findings, with their refusals. */
@LedgerTest
class LandlordRecordHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theGoverningBodyRecordsTheAnnualReportItReceivedAndItsResponse() {
        LedgerClient governance = new LedgerClient(port, Role.GOVERNANCE);
        LedgerClient.Reply received = governance.post("/api/landlord/governing-body/reports-received", """
                {"kind": "ANNUAL_COMPLAINTS_PERFORMANCE_REPORT", "title": "Annual complaints report 2025/26",
                 "periodFrom": "2025-04-01", "periodTo": "2026-03-31", "receivedOn": "2026-05-20",
                 "recordedBy": "board-secretary"}""");
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
        assertThat(received.eventTypes()).containsExactly("ReportReceivedByGoverningBody");

        LedgerClient.Reply responded = governance.post("/api/landlord/governing-body/annual-report-responses", """
                {"financialYear": 2025, "response": "The board accepts the report.", "respondedOn": "2026-05-28",
                 "recordedBy": "board-secretary"}""");
        assertThat(responded.status()).as(responded.body().toString()).isEqualTo(200);

        LedgerClient.Reply unreceived = governance.post("/api/landlord/governing-body/annual-report-responses", """
                {"financialYear": 2020, "response": "Accepted", "respondedOn": "2026-05-28", "recordedBy": "b"}""");
        assertThat(unreceived.status()).isEqualTo(409);
        assertThat(unreceived.body().get("rule").asString()).isEqualTo("response-without-annual-report");
        assertThat(unreceived.body().get("provision").asString()).isEqualTo("8.2");
    }

    @Test
    void homesOwnedRefusesANegativeCountAndAnInsaneYearNamingTheFields() {
        LedgerClient officer = new LedgerClient(port);
        LedgerClient.Reply negative = officer.post("/api/landlord/homes-owned", """
                {"financialYear": 2025, "homes": {"lowCostRental": -1, "lowCostHomeOwnership": 10},
                 "recordedBy": "officer-1"}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().toString()).contains("homes.lowCostRental");

        LedgerClient.Reply year = officer.post("/api/landlord/homes-owned", """
                {"financialYear": 1066, "homes": {"lowCostRental": 1, "lowCostHomeOwnership": 10},
                 "recordedBy": "officer-1"}""");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.body().toString()).contains("financialYear");
    }

    @Test
    void aHomesOwnedFigureSentTwiceWithOneIdempotencyKeyIsRecordedOnce() {
        LedgerClient officer = new LedgerClient(port);
        String body = """
                {"financialYear": 2031, "homes": {"lowCostRental": 5120, "lowCostHomeOwnership": 240},
                 "recordedBy": "officer-1"}""";
        LedgerClient.Reply first = officer.post("/api/landlord/homes-owned", body, "Idempotency-Key", "homes-2031");
        LedgerClient.Reply again = officer.post("/api/landlord/homes-owned", body, "Idempotency-Key", "homes-2031");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        // Without the key, the same figure again is a correction, and a correction needs its reason.
        assertThat(officer.post("/api/landlord/homes-owned", body).status()).isEqualTo(400);
    }

    @Test
    void theLandlordsStepsAreInTheApiDescription() {
        String description = LedgerClient.anonymous(port).get("/v3/api-docs").body().get("paths").toString();
        assertThat(description).contains("/api/landlord/homes-owned", "/api/landlord/closure-days",
                "/api/landlord/non-compliance-findings/{findingId}/orders/{orderId}/compliance");
    }

    @Test
    void anExceptionalPeriodIsRecordedOpenAndClosedLater() {
        LedgerClient officer = new LedgerClient(port);
        LedgerClient.Reply opened = officer.post("/api/landlord/exceptional-circumstances", """
                {"from": "2026-10-05", "whatHappened": "Cyber incident", "recordedBy": "officer-1"}""");
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String at = "/api/landlord/exceptional-circumstances/" + opened.id();
        assertThat(officer.post(at + "/ombudsman-notification", """
                {"notifiedOn": "2026-10-06", "recordedBy": "officer-1"}""").status()).isEqualTo(200);
        assertThat(officer.post(at + "/end", "{\"until\": \"2026-10-20\", \"recordedBy\": \"officer-1\"}").status())
                .isEqualTo(200);
        LedgerClient.Reply again = officer.post(at + "/end", "{\"until\": \"2026-10-21\", \"recordedBy\": \"officer-1\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(officer.post("/api/landlord/exceptional-circumstances/nope/end",
                "{\"until\": \"2026-10-21\", \"recordedBy\": \"officer-1\"}").status()).isEqualTo(404);
    }

    @Test
    void complianceWithAnOrderOfAFindingAndWithAnUnknownOrder() {
        LedgerClient officer = new LedgerClient(port);
        LedgerClient.Reply found = officer.post("/api/landlord/non-compliance-findings", """
                {"reference": "CHC-2026-7", "madeOn": "2026-09-01", "provisions": ["6.2"],
                 "description": "Acknowledgements late", "recordedBy": "officer-1",
                 "orders": [{"orderId": "1", "description": "Publish an action plan", "dueOn": "2026-10-01"}]}""");
        assertThat(found.status()).as(found.body().toString()).isEqualTo(201);
        String at = "/api/landlord/non-compliance-findings/" + found.id() + "/orders/";
        LedgerClient.Reply complied = officer.post(at + "1/compliance", """
                {"compliedOn": "2026-09-30", "evidence": "Plan on the website", "recordedBy": "officer-1"}""");
        assertThat(complied.status()).isEqualTo(200);
        assertThat(complied.event(0).get("onTime").asBoolean()).isTrue();
        assertThat(officer.post(at + "9/compliance", """
                {"compliedOn": "2026-09-30", "evidence": "n/a", "recordedBy": "officer-1"}""").status()).isEqualTo(404);
    }
}
