package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.junit.jupiter.api.Test;

/**
 * Later case bundles against earlier ones: a later bundle proves an earlier one unchanged, `since` adds the proof from
 * a checkpoint the caller holds, and erasure leaves both verifying.
 */
class CaseBundleSinceHttpTest extends CaseBundleHttp {

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
}
