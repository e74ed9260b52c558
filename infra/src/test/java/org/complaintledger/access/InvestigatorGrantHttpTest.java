package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.investigatoraccess.CaseRecordReadByInvestigator;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An officer's grant lets one investigator read one complaint's record until it expires or is revoked, and every
 * such read is on the grant's record before the record is handed over.
 */
@LedgerTest
class InvestigatorGrantHttpTest {

    private static final String INVESTIGATOR = TestAccounts.username(Role.INVESTIGATOR);

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient officer;
    LedgerClient investigator;
    String complaint;

    @BeforeEach
    void logAComplaint() {
        officer = new LedgerClient(port);
        investigator = new LedgerClient(port, Role.INVESTIGATOR);
        complaint = officer.logComplaint();
    }

    @Test
    void withoutAGrantTheInvestigatorMayNotReadTheRecord() {
        Reply refused = investigator.get(events(complaint));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:forbidden");
        assertThat(refused.body().get("detail").asString()).contains("officer's grant");
    }

    @Test
    void underAGrantTheInvestigatorReadsTheRecordAndTheReadIsRecorded() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));

        Reply record = investigator.get(events(complaint));

        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body().get(0).get("type").asString()).isEqualTo("ComplaintLogged");
        assertThat(typesOn(grant)).containsExactly("InvestigatorAccessGranted", "CaseRecordReadByInvestigator");
        CaseRecordReadByInvestigator read = (CaseRecordReadByInvestigator) eventStore.readEvents(grant).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(read.complaintId()).isEqualTo(complaint);
        assertThat(read.investigator()).isEqualTo(INVESTIGATOR);
    }

    @Test
    void readsByCaseStaffAreNotRecorded() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));

        assertThat(officer.get(events(complaint)).status()).isEqualTo(200);
        assertThat(new LedgerClient(port, Role.HANDLER).get(events(complaint)).status()).isEqualTo(200);

        assertThat(typesOn(grant)).containsExactly("InvestigatorAccessGranted");
    }

    @Test
    void aGrantIsForOneComplaint() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));
        String another = officer.logComplaint();

        assertThat(investigator.get(events(another)).status()).isEqualTo(403);
        assertThat(typesOn(grant)).containsExactly("InvestigatorAccessGranted");
    }

    @Test
    void aGrantIsForOneInvestigator() {
        grant(complaint, Instant.now().plus(Duration.ofDays(28)));

        LedgerClient other = new LedgerClient(port, TestAccounts.OTHER_INVESTIGATOR, TestAccounts.PASSWORD);
        assertThat(other.get(events(complaint)).status()).isEqualTo(403);
    }

    @Test
    void aRevokedGrantNoLongerLetsTheInvestigatorRead() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));
        assertThat(investigator.get(events(complaint)).status()).isEqualTo(200);

        Reply revoked = officer.post(grants(complaint) + "/" + grant + "/revocation", "{\"reason\": \"case closed\"}");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(investigator.get(events(complaint)).status()).isEqualTo(403);
        assertThat(typesOn(grant)).containsExactly(
                "InvestigatorAccessGranted", "CaseRecordReadByInvestigator", "InvestigatorAccessRevoked");
    }

    @Test
    void aGrantCannotBeRevokedTwice() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));
        officer.post(grants(complaint) + "/" + grant + "/revocation", "{}");

        Reply again = officer.post(grants(complaint) + "/" + grant + "/revocation", "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asString()).isEqualTo("grant-already-revoked");
    }

    @Test
    void anExpiredGrantNoLongerLetsTheInvestigatorRead() {
        grant(complaint, Instant.now().plus(Duration.ofSeconds(3)));
        assertThat(investigator.get(events(complaint)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> investigator.get(events(complaint)).status() == 403);
    }

    @Test
    void aGrantThatWouldAlreadyHaveExpiredIsRefused() {
        Reply refused = officer.post(grants(complaint), body(INVESTIGATOR, Instant.now().minus(Duration.ofHours(1))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
        assertThat(officer.get(grants(complaint)).body()).isEmpty();
    }

    @Test
    void aGrantNeedsAComplaintOnTheLedger() {
        Reply refused = officer.post(grants("no-such-complaint"), body(INVESTIGATOR, Instant.now().plusSeconds(600)));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void aGrantIsNotAComplaint() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(1)));

        assertThat(officer.get(events(grant)).status()).isEqualTo(404);
        Reply step = officer.post("/api/complaints/" + grant + "/withdrawal", "{}");
        assertThat(step.status()).as(step.raw().body()).isEqualTo(404);
        assertThat(officer.post(grants(grant), body(INVESTIGATOR, Instant.now().plusSeconds(600))).status())
                .isEqualTo(404);
    }

    @Test
    void revokingAGrantThatIsNotTheComplaintsIsNotFound() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(1)));
        String another = officer.logComplaint();

        Reply refused = officer.post(grants(another) + "/" + grant + "/revocation", "{}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:not-on-record");
    }

    @Test
    void theOfficerSeesTheComplaintsGrantsWithWhoGrantedThemAndHowOftenTheyWereUsed() {
        // grantedBy is the signed-in officer, whatever the body says.
        String grant = officer.post(grants(complaint), """
                {"investigator": "%s", "expiresAt": "%s", "reason": "Housing Ombudsman case 202512345"}"""
                .formatted(INVESTIGATOR, Instant.now().plus(Duration.ofDays(28)))).id();
        investigator.get(events(complaint));
        investigator.get(events(complaint));

        JsonNode listed = officer.get(grants(complaint)).body();

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(grant);
        assertThat(listed.get(0).get("investigator").asString()).isEqualTo(INVESTIGATOR);
        assertThat(listed.get(0).get("grantedBy").asString()).isEqualTo(TestAccounts.username(Role.OFFICER));
        assertThat(listed.get(0).get("inForce").asBoolean()).isTrue();
        assertThat(listed.get(0).get("reads").asInt()).isEqualTo(2);
    }

    @Test
    void theOfficerIsTheGrantorWhateverTheBodySays() {
        Reply refused = officer.post(grants(complaint), """
                {"investigator": "%s", "expiresAt": "%s", "reason": "r", "grantedBy": "someone-else"}"""
                .formatted(INVESTIGATOR, Instant.now().plus(Duration.ofDays(1))));

        assertThat(refused.status()).isEqualTo(201);
        assertThat(officer.get(grants(complaint)).body().get(0).get("grantedBy").asString())
                .isEqualTo(TestAccounts.username(Role.OFFICER));
    }

    /**
     * The access check passed (the grants table still shows the grant in force) but the grant's own record refuses the
     * read: nothing is handed over.
     */
    @Test
    void whenTheReadCannotBeRecordedTheRecordIsNotHandedOver() {
        String grant = grant(complaint, Instant.now().plus(Duration.ofDays(28)));
        officer.post(grants(complaint) + "/" + grant + "/revocation", "{}");
        jdbc.update("UPDATE investigator_grant SET revoked = FALSE WHERE grant_id = ?", grant);

        Reply refused = investigator.get(events(complaint));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().isArray()).isFalse();
        assertThat(refused.body().get("detail").asString()).contains("revoked");
        assertThat(typesOn(grant)).containsExactly("InvestigatorAccessGranted", "InvestigatorAccessRevoked");
    }

    private String grant(String complaintId, Instant expiresAt) {
        Reply granted = officer.post(grants(complaintId), body(INVESTIGATOR, expiresAt));
        assertThat(granted.status()).as(granted.raw().body()).isEqualTo(201);
        return granted.id();
    }

    private static String body(String investigator, Instant expiresAt) {
        return """
                {"investigator": "%s", "expiresAt": "%s", "reason": "Housing Ombudsman case 202512345"}"""
                .formatted(investigator, expiresAt);
    }

    private List<String> typesOn(String grant) {
        return eventStore.readEvents(grant).asStream().map(DomainEventMessage::getPayloadType)
                .map(Class::getSimpleName).toList();
    }

    private static String events(String complaintId) {
        return "/api/complaints/" + complaintId + "/events";
    }

    private static String grants(String complaintId) {
        return "/api/complaints/" + complaintId + "/investigator-grants";
    }
}
