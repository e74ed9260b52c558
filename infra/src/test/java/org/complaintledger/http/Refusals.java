package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.complaintledger.http.LedgerClient.Reply;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asserts how a caller's mistake is refused: RFC 9457 problem details naming what was wrong, and nothing appended
 * (the whole event table is counted before and after).
 */
final class Refusals {

    private final JdbcTemplate jdbc;

    Refusals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 400, naming exactly these fields, each with its rule. */
    Reply badRequest(Supplier<Reply> request, String... fields) {
        Reply reply = refused(request, 400, "invalid-request");
        List<String> named = new ArrayList<>();
        reply.body().get("errors").forEach(error -> {
            assertThat(error.get("rule").asString()).isNotBlank();
            named.add(error.get("field").asString());
        });
        assertThat(named).containsExactlyInAnyOrder(fields);
        return reply;
    }

    /** 409, naming the rule and the provision it comes from (none for the ledger's own order of steps). */
    Reply conflict(Supplier<Reply> request, String rule, String provision) {
        Reply reply = refused(request, 409, "rule/" + rule);
        assertThat(reply.body().get("rule").asString()).isEqualTo(rule);
        if (provision == null) {
            assertThat(reply.body().has("provision")).isFalse();
        } else {
            assertThat(reply.body().get("provision").asString()).isEqualTo(provision);
            assertThat(reply.body().get("detail").asString()).contains(provision);
        }
        return reply;
    }

    /** 404 of the given problem type. */
    Reply notFound(Supplier<Reply> request, String type) {
        return refused(request, 404, type);
    }

    long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private Reply refused(Supplier<Reply> request, int status, String type) {
        long before = eventCount();
        Reply reply = request.get();
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:" + type);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(eventCount()).as("events appended by a refused request").isEqualTo(before);
        return reply;
    }
}
