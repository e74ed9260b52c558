package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The facts reports need about a complaint over HTTP: its category from the taxonomy (9.4), tenure (TSM CH01), the
 * service request it arose from (1.4), and the Ombudsman's handling failure findings with their orders (8.1 c, 9.7 c).
 */
@LedgerTest
class ComplaintFactsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;

    @BeforeEach
    void signIn() {
        ledger = new LedgerClient(port);
    }

    private static String complaint(String category, String more) {
        return """
                {"channel": "ONLINE_FORM", "complainant": {"residentName": "Cara Category"}, "category": "%s",
                 "tenure": "LOW_COST_HOME_OWNERSHIP", "description": "Service charge doubled", %s
                 "outcomesSought": ["an explanation"]}""".formatted(category, more);
    }

    @Test
    void theTaxonomyIsReadByWhoeverLogsOrReportsComplaints() {
        Reply taxonomy = ledger.get("/api/categories");
        assertThat(taxonomy.status()).isEqualTo(200);
        assertThat(taxonomy.body().get("version").asString()).isEqualTo("v1");
        assertThat(codes(taxonomy.body().get("categories"))).startsWith("repairs", "damp-and-mould")
                .contains("leasehold-and-service-charges", "other");
        taxonomy.body().get("categories").forEach(c -> assertThat(c.get("label").asString()).isNotBlank());
        for (Role role : List.of(Role.HANDLER, Role.ANALYST, Role.GOVERNANCE)) {
            assertThat(new LedgerClient(port, role).get("/api/categories").body()).as(role.name())
                    .isEqualTo(taxonomy.body());
        }
    }

    @Test
    void aCategoryNotInTheTaxonomyIsABadRequestListingTheAllowedCodes() {
        Reply refused = new Refusals(jdbc).badRequest(
                () -> ledger.post("/api/complaints", complaint("service charges", "")), "category");
        List<String> allowed = new ArrayList<>();
        refused.body().get("allowed").forEach(code -> allowed.add(code.asString()));
        assertThat(allowed).isEqualTo(codes(ledger.get("/api/categories").body().get("categories")));
        assertThat(refused.body().get("taxonomyVersion").asString()).isEqualTo("v1");
        assertThat(refused.body().get("detail").asString()).contains("'service charges'", "leasehold-and-service-charges");
    }

    @Test
    void aComplaintRecordsItsTaxonomyTenureAndServiceRequestForTheCaseSummary() {
        Reply logged = ledger.post("/api/complaints",
                complaint("leasehold-and-service-charges", "\"serviceRequestReference\": \"SR-2026-0042\","));
        assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
        JsonNode event = logged.event(0);
        assertThat(event.get("categoryTaxonomy").asString()).isEqualTo("v1");
        assertThat(event.get("tenure").asString()).isEqualTo("LOW_COST_HOME_OWNERSHIP");
        assertThat(event.get("serviceRequestReference").asString()).isEqualTo("SR-2026-0042");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(summary(logged.id()))
                .containsEntry("category", "leasehold-and-service-charges").containsEntry("category_taxonomy", "v1")
                .containsEntry("tenure", "LOW_COST_HOME_OWNERSHIP").containsEntry("service_request", true));
    }

    @Test
    void aHandlingFailureOrderIsRecordedWithoutAReferralAndItsOrderCompliedWith() {
        String at = "/api/complaints/" + ledger.logComplaint();
        Reply found = ledger.post(at + "/ombudsman-handling-failures", """
                {"ombudsmanReference": "HOS-2026-555", "kind": "COMPLAINT_HANDLING_FAILURE_ORDER",
                 "provisions": ["5.6", "6.2"], "description": "No acknowledgement after repeated chasing",
                 "orders": [{"description": "Respond at stage 1", "dueBy": "2099-01-15"}]}""");
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        assertThat(found.eventTypes()).containsExactly("ComplaintHandlingFailureFound");
        JsonNode order = found.event(0).get("orders").get(0);
        assertThat(found.event(0).get("findingId").asString()).isEqualTo("finding-1");
        assertThat(order.get("orderId").asString()).isEqualTo("order-1");
        assertThat(order.get("findingId").asString()).isEqualTo("finding-1");

        Reply complied = ledger.post(at + "/ombudsman-orders/order-1/compliance", """
                {"evidence": "stage 1 response sent"}""");
        assertThat(complied.event(0).get("onTime").asBoolean()).isTrue();
        String id = at.substring(at.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(summary(id)).containsEntry("complaint_handling_failure_orders", 1)
                    .containsEntry("code_non_compliance_findings", 0).containsEntry("status", "STAGE_ONE");
            assertThat(jdbc.queryForObject("SELECT settled_how FROM due_step WHERE complaint_id = ? AND step = 'order-1'",
                    String.class, id)).isEqualTo("DONE");
        });
    }

    @Test
    void aHandlingFailureNamesItsProvisionsByNumber() {
        String at = "/api/complaints/" + ledger.logComplaint();
        new Refusals(jdbc).badRequest(() -> ledger.post(at + "/ombudsman-handling-failures", """
                {"ombudsmanReference": "HOS-2026-556", "kind": "CODE_NON_COMPLIANCE_FINDING",
                 "provisions": ["the acknowledgement"], "description": "late"}"""), "provisions[0].<list element>");
    }

    @Test
    void aDeterminationsOrderNamingNoFindingIsABadRequest() {
        String at = "/api/complaints/" + ledger.logComplaint();
        assertThat(ledger.post(at + "/ombudsman-referral", "{}").status()).isEqualTo(200);
        Reply refused = new Refusals(jdbc).badRequest(() -> ledger.post(at + "/ombudsman-determination", """
                {"findings": [{"definedComplaint": "boiler repairs", "finding": "SERVICE_FAILURE"}],
                 "orders": [{"findingId": "finding-7", "description": "Pay 100 pounds", "dueBy": "2099-01-15"}]}"""),
                "orders[0].findingId");
        assertThat(refused.body().get("detail").asString()).contains("finding-1");
    }

    /** The complaint's case summary, or no columns before its processor has written it (the await retries). */
    private Map<String, Object> summary(String complaintId) {
        return jdbc.queryForList("SELECT * FROM case_summary WHERE complaint_id = ?", complaintId).stream()
                .findFirst().orElse(Map.of());
    }

    private static List<String> codes(JsonNode categories) {
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }
}
