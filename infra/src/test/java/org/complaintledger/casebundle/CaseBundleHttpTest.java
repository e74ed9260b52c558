package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.investigatoraccess.CaseRecordReadByInvestigator;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The case bundle of the running ledger (5.12), downloaded over HTTP and checked as an investigator checks it: with the
 * offline verifier's command, trusting only the key the ledger publishes. Its events are the stored rows byte for
 * byte; an investigator gets one only under a grant, and the download is on the grant's record first; a later bundle
 * proves an earlier one unchanged, erasure included.
 */
@LedgerTest
class CaseBundleHttpTest {

    private static final String REPORT_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String LETTER_DIGEST = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

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

    @Test
    void aBundleFromTheRunningLedgerVerifiesAgainstThePublishedKey() throws Exception {
        String complaint = complaintWithDocuments(null, "Ada Nightingale");

        CaseBundleDownloads.Download download = asOfficer.get(complaint);

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/zip");
        assertThat(download.contentDisposition())
                .isEqualTo("attachment; filename=\"complaint-" + complaint + "-case-bundle.zip\"");
        assertThat(download.cacheControl()).contains("no-store");
        CaseBundle bundle = download.bundle();
        int events = officer.events(complaint).size();
        assertThat(bundle.events()).hasSize(events);
        Checkpoint checkpoint = bundle.checkpoint();
        CaseBundleDownloads.Verified verified =
                CaseBundleDownloads.verify(files, CaseBundleDownloads.publishedKey(port), download.body(), null);
        assertThat(verified.out()).isEqualTo("verified: " + events + " events of complaint " + complaint
                + ", included in checkpoint " + checkpoint.issuedAt() + " (tree size " + checkpoint.treeSize() + ")\n");
        assertThat(verified.exitStatus()).isZero();
        // the checkpoint is one the ledger signed and publishes
        assertThat(officer.get("/api/ledger/checkpoints?size=1000").body().get("checkpoints").valueStream()
                .anyMatch(c -> c.get("treeSize").asLong() == checkpoint.treeSize()
                        && c.get("rootHash").asString().equals(checkpoint.rootHashHex()))).isTrue();
        assertThat(bundle.leaves()).hasSize(events);
    }

    @Test
    void theEventsAreTheStoredRowsByteForByteAndTheDocumentsTheirDigests() {
        String complaint = complaintWithDocuments(null, "Ada Nightingale");

        CaseBundle bundle = asOfficer.get(complaint).bundle();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.event_identifier, e.global_index, e.time_stamp, "
                + "e.payload, e.meta_data, c.previous_hash, c.event_hash FROM domain_event_entry e JOIN event_chain c "
                + "ON c.event_identifier = e.event_identifier WHERE e.aggregate_identifier = ? "
                + "ORDER BY e.sequence_number", complaint);
        assertThat(bundle.events()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BundledEvent event = bundle.events().get(i);
            Map<String, Object> row = rows.get(i);
            assertThat(event.eventIdentifier()).isEqualTo(row.get("event_identifier"));
            assertThat(event.sequenceNumber()).isEqualTo(i);
            assertThat(event.globalIndex()).isEqualTo(row.get("global_index"));
            assertThat(event.event().recordedAt()).isEqualTo(row.get("time_stamp"));
            assertThat(event.event().payload()).isEqualTo(row.get("payload"));
            assertThat(event.event().metaData()).isEqualTo(row.get("meta_data"));
            assertThat(event.previousHash()).isEqualTo(row.get("previous_hash"));
            assertThat(event.eventHash()).isEqualTo(row.get("event_hash"));
        }
        // the name is sealed in the stored payload, opened in documents.json as the case record page shows it
        assertThat(new String(bundle.events().get(1).event().payload(), StandardCharsets.UTF_8))
                .contains(REPORT_DIGEST).doesNotContain("Damp survey");
        assertThat(bundle.documents()).containsExactly(
                new BundledDocument(bundle.events().get(1).eventIdentifier(), REPORT_DIGEST, "application/pdf",
                        "Damp survey of flat 3"),
                new BundledDocument(bundle.events().get(2).eventIdentifier(), LETTER_DIGEST, "application/pdf",
                        "Letter to Ada"),
                new BundledDocument(bundle.events().get(2).eventIdentifier(), REPORT_DIGEST, "text/plain",
                        "Survey notes"));
        String page = new String(bundle.caseRecordHtml(), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Ada Nightingale", REPORT_DIGEST, "Damp survey of flat 3");
    }

    @Test
    void withoutAGrantTheInvestigatorIsRefusedAndNothingIsRecorded() {
        String complaint = officer.logComplaint();

        CaseBundleDownloads.Download refused = asInvestigator.get(complaint);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text()).contains("urn:complaint-ledger:problem:forbidden", "officer's grant");
        assertThat(readsRecordedOf(complaint)).isZero();
        assertThat(bundlesRecordedOf(complaint)).isZero();
    }

    @Test
    void underAGrantTheDownloadIsRecordedOnTheGrantFirstAndTheBundleVerifies() throws Exception {
        String complaint = complaintWithDocuments(null, "Ada Nightingale");
        String grant = grant(complaint);

        CaseBundleDownloads.Download download = asInvestigator.get(complaint);

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        CaseBundle bundle = download.bundle();
        List<Object> onTheGrant = eventStore.readEvents(grant).asStream().map(m -> (Object) m.getPayload()).toList();
        assertThat(onTheGrant).hasSize(2);
        CaseRecordReadByInvestigator read = (CaseRecordReadByInvestigator) onTheGrant.get(1);
        assertThat(read.complaintId()).isEqualTo(complaint);
        assertThat(read.investigator()).isEqualTo(TestAccounts.username(Role.INVESTIGATOR));
        assertThat(read.caseBundleTreeSize()).isEqualTo(bundle.checkpoint().treeSize());
        assertThat(officer.get("/api/complaints/" + complaint + "/investigator-grants").body().get(0).get("reads")
                .asInt()).isEqualTo(1);
        CaseBundleDownloads.Verified verified =
                CaseBundleDownloads.verify(files, CaseBundleDownloads.publishedKey(port), download.body(), null);
        assertThat(verified.out()).startsWith("verified: " + bundle.events().size() + " events of complaint "
                + complaint + ",");
        // a read of the page is recorded as before, without a tree size
        assertThat(new LedgerClient(port, Role.INVESTIGATOR).get("/api/complaints/" + complaint + "/events").status())
                .isEqualTo(200);
        CaseRecordReadByInvestigator pageRead = (CaseRecordReadByInvestigator) eventStore.readEvents(grant).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(pageRead.caseBundleTreeSize()).isNull();
    }

    @Test
    void whenTheDownloadCannotBeRecordedTheBundleIsNotHandedOver() {
        String complaint = officer.logComplaint();
        String grant = grant(complaint);
        officer.post("/api/complaints/" + complaint + "/investigator-grants/" + grant + "/revocation", "{}");
        // the access check still sees the grant in force; the grant's own record refuses the read
        jdbc.update("UPDATE investigator_grant SET revoked = FALSE WHERE grant_id = ?", grant);

        CaseBundleDownloads.Download refused = asInvestigator.get(complaint);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text()).contains("revoked");
        assertThat(readsRecordedOf(complaint)).isZero();
        assertThat(bundlesRecordedOf(complaint)).isZero();
    }

    @Test
    void caseStaffDownloadAndTheirDownloadsAreNotReadsUnderAGrant() {
        String complaint = officer.logComplaint();
        String grant = grant(complaint);

        assertThat(asOfficer.get(complaint).status()).isEqualTo(200);
        assertThat(new CaseBundleDownloads(port, TestAccounts.username(Role.HANDLER), TestAccounts.PASSWORD)
                .get(complaint).status()).isEqualTo(200);

        assertThat(eventStore.readEvents(grant).asStream().count()).isEqualTo(1);
        assertThat(new CaseBundleDownloads(port, TestAccounts.username(Role.ANALYST), TestAccounts.PASSWORD)
                .get(complaint).status()).isEqualTo(403);
    }

    @Test
    void anIdThatNamesNoComplaintIsNotFound() {
        String grant = grant(officer.logComplaint());

        for (String id : List.of("no-such-complaint", grant)) {
            for (String accept : List.of("application/zip", "*/*", "application/json")) {
                CaseBundleDownloads.Download missing = asOfficer.getPath(CaseBundleDownloads.path(id), "Accept", accept);
                assertThat(missing.status()).as(accept + ": " + missing.text()).isEqualTo(404);
                assertThat(missing.contentType()).isEqualTo("application/problem+json");
                assertThat(missing.text()).contains("urn:complaint-ledger:problem:unknown-complaint",
                        "no complaint " + id + " on the ledger");
            }
        }
    }

    @Test
    void aLaterBundleCarriesTheEarlierBundlesCheckpointAndProvesItUnchanged() throws Exception {
        String complaint = complaintWithDocuments(null, "Ada Nightingale");
        CaseBundleDownloads.Download first = asOfficer.get(complaint);
        correspond(complaint, "Chased the contractor");
        officer.logComplaint();  // the ledger grows beyond the complaint too

        CaseBundleDownloads.Download second = asOfficer.get(complaint);

        CaseBundle earlier = first.bundle();
        CaseBundle later = second.bundle();
        assertThat(later.checkpoint().treeSize()).isGreaterThan(earlier.checkpoint().treeSize());
        assertThat(later.earlierCheckpoints()).extracting(e -> e.checkpoint().treeSize())
                .contains(earlier.checkpoint().treeSize());
        CaseBundleDownloads.Verified verified = CaseBundleDownloads.verify(files,
                CaseBundleDownloads.publishedKey(port), second.body(), first.body());
        assertThat(verified.out()).as(verified.out()).isEqualTo("verified: " + later.events().size()
                + " events of complaint " + complaint + ", included in checkpoint " + later.checkpoint().issuedAt()
                + " (tree size " + later.checkpoint().treeSize() + ")\nand the earlier bundle's "
                + earlier.events().size() + " events and checkpoint " + earlier.checkpoint().issuedAt() + " (tree size "
                + earlier.checkpoint().treeSize() + ") are unchanged in it\n");
        assertThat(verified.exitStatus()).isZero();
    }

    @Test
    void sinceAddsTheConsistencyProofFromACheckpointTheCallerHolds() throws Exception {
        officer.logComplaint();
        Checkpoint held = checkpoints.signNow().orElseThrow().checkpoint();
        String complaint = complaintWithDocuments(null, "Ada Nightingale");

        CaseBundleDownloads.Download download = asOfficer.getPath(CaseBundleDownloads.path(complaint)
                + "?since=" + held.treeSize());

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        CaseBundle bundle = download.bundle();
        EarlierCheckpoint listed = bundle.earlierCheckpoints().stream()
                .filter(e -> e.checkpoint().treeSize() == held.treeSize()).findFirst().orElseThrow();
        assertThat(listed.checkpoint()).isEqualTo(held);
        assertThat(listed.consistencyPath()).isNotEmpty();
        assertThat(CaseBundleDownloads.verify(files, CaseBundleDownloads.publishedKey(port), download.body(), null)
                .exitStatus()).isZero();
    }

    @Test
    void sinceIsRefusedNamingItWhenItIsNotACheckpointsTreeSize() {
        String complaint = officer.logComplaint();
        long beyond = checkpoints.signNow().orElseThrow().checkpoint().treeSize() + 1_000_000;
        String eleven = String.join("&", Collections.nCopies(11, "since=1"));

        for (String query : List.of("since=0", "since=-1", "since=abc", "since=1.5", "since=", "since=%00",
                "since=" + "9".repeat(40), "since=" + beyond, eleven)) {
            CaseBundleDownloads.Download refused = asOfficer.getPath(CaseBundleDownloads.path(complaint) + "?" + query);

            assertThat(refused.status()).as(query + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).as(query).contains("\"field\":\"since\"");
        }
        assertThat(bundlesRecordedOf(complaint)).isZero();
    }

    @Test
    void afterErasureANewBundleVerifiesAndProvesTheOldOneUnchanged() throws Exception {
        String resident = "resident-" + UUID.randomUUID();
        String complaint = complaintWithDocuments(resident, "Ada Nightingale");
        CaseBundleDownloads.Download before = asOfficer.get(complaint);
        assertThat(before.bundle().documents().getFirst().name()).isEqualTo("Damp survey of flat 3");

        Reply erased = officer.post("/api/data-subjects/" + resident + "/erasure", """
                {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)"}""");
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);
        CaseBundleDownloads.Download after = asOfficer.get(complaint);

        CaseBundle bundle = after.bundle();
        PublicKey key = CaseBundleDownloads.publishedKey(port);
        assertThat(CaseBundleDownloads.verify(files, key, after.body(), null).exitStatus()).isZero();
        CaseBundleDownloads.Verified since = CaseBundleDownloads.verify(files, key, after.body(), before.body());
        assertThat(since.out()).as(since.out()).contains("and the earlier bundle's " + before.bundle().events().size()
                + " events and checkpoint");
        assertThat(since.exitStatus()).isZero();
        // the stored bytes did not change: only the key to open them is gone
        for (int i = 0; i < before.bundle().events().size(); i++) {
            assertThat(Arrays.equals(bundle.events().get(i).event().payload(),
                    before.bundle().events().get(i).event().payload())).isTrue();
        }
        assertThat(bundle.documents().getFirst().name()).isEqualTo("[erased]");
        assertThat(new String(bundle.caseRecordHtml(), StandardCharsets.UTF_8)).contains("[erased]")
                .doesNotContain("Ada Nightingale", "Damp survey of flat 3");
    }

    @Test
    void theApiDescriptionHasTheEndpointItsZipAndSince() {
        JsonNode get = LedgerClient.anonymous(port).get("/v3/api-docs").body().get("paths")
                .get("/api/complaints/{id}/case-bundle").get("get");

        assertThat(get.get("responses").get("200").get("content").has("application/zip")).isTrue();
        assertThat(get.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("id", "since");
        JsonNode since = get.get("parameters").valueStream().filter(p -> p.get("name").asString().equals("since"))
                .findFirst().orElseThrow();
        assertThat(since.get("in").asString()).isEqualTo("query");
        assertThat(since.get("schema").get("type").asString()).isEqualTo("array");
        assertThat(since.get("schema").get("items").get("type").asString()).isEqualTo("integer");
    }

    /** A complaint logged, given a report and a letter with two documents: 3 events. */
    private String complaintWithDocuments(String residentId, String residentName) {
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

    private void correspond(String complaint, String summary) {
        Reply reply = officer.post("/api/complaints/" + complaint + "/correspondence", """
                {"direction": "OUTBOUND", "party": "CONTRACTOR", "channel": "EMAIL", "summary": "%s"}"""
                .formatted(summary));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    }

    private String grant(String complaint) {
        Reply granted = officer.post("/api/complaints/" + complaint + "/investigator-grants", """
                {"investigator": "%s", "expiresAt": "%s", "reason": "Housing Ombudsman case 202600042"}"""
                .formatted(TestAccounts.username(Role.INVESTIGATOR), Instant.now().plus(Duration.ofDays(28))));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(201);
        return granted.id();
    }

    private long readsRecordedOf(String complaint) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE "
                + "'%.CaseRecordReadByInvestigator' AND convert_from(payload, 'UTF8') LIKE ?", Long.class,
                "%" + complaint + "%");
    }

    private long bundlesRecordedOf(String complaint) {
        return jdbc.queryForObject("SELECT count(*) FROM case_bundle_checkpoint WHERE complaint_id = ?", Long.class,
                complaint);
    }
}
