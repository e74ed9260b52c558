package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintledger.http.ResidentRecordsClient.TODAY;

import java.time.Duration;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A resident's adjustments, disabilities (5.10) and restrictions (5.14, 5.15) over HTTP: recorded, reviewed, listed
 * when their review is due, and read back from the event store.
 */
@LedgerTest
class ResidentRecordsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    ResidentRecordsClient resident;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
        resident = new ResidentRecordsClient(ledger);
    }

    @Test
    void adjustmentIsRecordedReviewedAndReadBackAsItNowStands() {
        Reply recorded = resident.agreeAdjustment(TODAY.toString(), TODAY.plusMonths(3));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String id = recorded.id();
        assertThat(recorded.raw().headers().firstValue("Location")).hasValue(resident.records() + "/adjustments/" + id);
        assertThat(recorded.eventTypes()).containsExactly("AdjustmentRecorded");
        assertThat(recorded.event(0).get("residentId").asString()).isEqualTo(resident.id);

        Reply reviewed = ledger.post(resident.records() + "/adjustments/" + id + "/review", """
                {"outcome": "CHANGED", "note": "asked for email as well", "description": "large print, or email",
                 "nextReviewDue": "%s", "reviewedBy": "Ben"}""".formatted(TODAY.plusMonths(6)));
        assertThat(reviewed.status()).as(reviewed.body().toString()).isEqualTo(200);
        assertThat(reviewed.eventTypes()).containsExactly("AdjustmentReviewed");
        assertThat(reviewed.event(0).get("onTime").asBoolean()).isTrue();
        assertThat(reviewed.event(0).get("reviewDue").asString()).isEqualTo(TODAY.plusMonths(3).toString());

        JsonNode adjustment = ledger.get(resident.records() + "/adjustments/" + id).body();
        assertThat(adjustment.get("description").asString()).isEqualTo("large print, or email");
        assertThat(adjustment.get("kind").asString()).isEqualTo("ADJUSTMENT_AGREED");
        assertThat(adjustment.get("active").asBoolean()).isTrue();
        assertThat(adjustment.get("reviewDue").asString()).isEqualTo(TODAY.plusMonths(6).toString());
        assertThat(adjustment.get("reviews").get(0).get("changedTo").asString()).isEqualTo("large print, or email");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ledger.get(resident.records() + "/records").body().get("adjustments")).hasSize(1));
        JsonNode all = ledger.get(resident.records() + "/records").body();
        assertThat(all.get("adjustments").get(0).get("description").asString()).isEqualTo("large print, or email");
        assertThat(all.get("restrictions")).isEmpty();
    }

    @Test
    void restrictionIsImposedVariedAndLifted() {
        Reply imposed = resident.imposeRestriction(true, TODAY.plusMonths(1));
        assertThat(imposed.status()).as(imposed.body().toString()).isEqualTo(201);
        String at = resident.records() + "/restrictions/" + imposed.id();
        assertThat(imposed.raw().headers().firstValue("Location")).hasValue(at);
        assertThat(imposed.event(0).get("proportionalityNote").asString()).contains("hearing impairment");

        Reply varied = ledger.post(at + "/review", """
                {"outcome": "VARIED", "note": "calmer; phone allowed again", "scope": "email, or phone on Tuesdays",
                 "nextReviewDue": "%s", "reviewedBy": "Dev"}""".formatted(TODAY.plusMonths(2)));
        assertThat(varied.status()).as(varied.body().toString()).isEqualTo(200);
        Reply lifted = ledger.post(at + "/review", """
                {"outcome": "LIFTED", "note": "no incidents in two months", "reviewedBy": "Dev"}""");
        assertThat(lifted.status()).as(lifted.body().toString()).isEqualTo(200);

        JsonNode restriction = ledger.get(at).body();
        assertThat(restriction.get("scope").asString()).isEqualTo("email, or phone on Tuesdays");
        assertThat(restriction.get("active").asBoolean()).isFalse();
        assertThat(restriction.get("reviewDue").isNull()).isTrue();
        assertThat(restriction.get("reviews")).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ledger.get(resident.records() + "/records").body().get("restrictions")).hasSize(1));
        assertThat(resident.reviewsDue(TODAY.plusYears(1).toString())).isEmpty();
    }

    @Test
    void reviewsDueListsRecordsInForceDueByTheDayEarliestFirstAndFlagsTheOverdue() {
        String overdue = resident.agreeAdjustment(TODAY.minusDays(40).toString(), TODAY.minusDays(10)).id();
        String dueNextWeek = resident.imposeRestriction(true, TODAY.plusDays(7)).id();
        String dueTomorrow = resident.agreeAdjustment(TODAY.toString(), TODAY.plusDays(1)).id();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(resident.reviewsDue(TODAY.plusDays(7).toString()))
                .containsExactly(overdue + " ADJUSTMENT " + TODAY.minusDays(10) + " overdue",
                        dueTomorrow + " ADJUSTMENT " + TODAY.plusDays(1) + " due",
                        dueNextWeek + " RESTRICTION " + TODAY.plusDays(7) + " due"));
        assertThat(resident.reviewsDue(null)).containsExactly(overdue + " ADJUSTMENT " + TODAY.minusDays(10) + " overdue");

        Reply ended = ledger.post(resident.records() + "/adjustments/" + overdue + "/review", """
                {"outcome": "ENDED", "note": "moved to a bungalow; no longer needed", "reviewedBy": "Ben"}""");
        assertThat(ended.event(0).get("onTime").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(resident.reviewsDue(null)).isEmpty());
    }

    @Test
    void aDisclosedDisabilityIsListedAsADisability() {
        Reply disclosed = ledger.post(resident.records() + "/adjustments", """
                {"kind": "DISABILITY_DISCLOSED", "description": "partially sighted", "disclosedBy": "her son",
                 "reviewDue": "%s", "recordedBy": "Alice"}""".formatted(TODAY.plusDays(1)));
        assertThat(disclosed.status()).as(disclosed.body().toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(resident.reviewsDue(TODAY.plusDays(1).toString()))
                .containsExactly(disclosed.id() + " DISABILITY " + TODAY.plusDays(1) + " due"));
    }

    @Test
    void aRetriedRecordingWithTheSameKeyIsRecordedOnce() {
        String body = """
                {"kind": "DISABILITY_DISCLOSED", "description": "deaf", "reviewDue": "%s", "recordedBy": "Alice"}"""
                .formatted(TODAY.plusMonths(1));
        String key = UUID.randomUUID().toString();
        Reply first = ledger.post(resident.records() + "/adjustments", body, "Idempotency-Key", key);
        Reply retry = ledger.post(resident.records() + "/adjustments", body, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, first.id())).isEqualTo(1);
    }
}
