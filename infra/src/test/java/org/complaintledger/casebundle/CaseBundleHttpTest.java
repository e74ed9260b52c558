package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.investigatoraccess.CaseRecordReadByInvestigator;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case bundle of the running ledger (5.12), downloaded over HTTP and checked as an investigator checks it: with the
 * offline verifier's command, trusting only the key the ledger publishes. Its events are the stored rows byte for
 * byte; an investigator gets one only under a grant, and the download is on the grant's record first (later bundles
 * against earlier ones: CaseBundleSinceHttpTest).
 */
class CaseBundleHttpTest extends CaseBundleHttp {

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
}
