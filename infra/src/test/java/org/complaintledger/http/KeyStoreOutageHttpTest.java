package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javax.crypto.SecretKey;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.KeyStoreUnavailable;
import org.complaintledger.personaldata.PostgresSubjectKeyStore;
import org.complaintledger.personaldata.SubjectKeyStore;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While the key store cannot be reached, nothing that needs a key is recorded or read: the caller gets 503 problem
 * details and the event table is unchanged. The real PostgreSQL key store is wrapped so it fails on demand.
 */
@LedgerTest
class KeyStoreOutageHttpTest {

    /** The real key store, or a failure as a KMS or an unreachable key table would give. */
    static final class SwitchableKeyStore implements SubjectKeyStore {

        private final SubjectKeyStore real;
        private volatile boolean down;

        SwitchableKeyStore(SubjectKeyStore real) {
            this.real = real;
        }

        private SubjectKeyStore reachable() {
            if (down) {
                throw new KeyStoreUnavailable("the key store is down (test)", null);
            }
            return real;
        }

        @Override
        public SecretKey keyForSealing(String dataSubjectId) {
            return reachable().keyForSealing(dataSubjectId);
        }

        @Override
        public Optional<SecretKey> keyForOpening(String dataSubjectId) {
            return reachable().keyForOpening(dataSubjectId);
        }

        @Override
        public boolean destroy(String dataSubjectId) {
            return reachable().destroy(dataSubjectId);
        }
    }

    @TestConfiguration
    static class Outage {

        @Bean
        @Primary
        SwitchableKeyStore switchableKeyStore(PostgresSubjectKeyStore real) {
            return new SwitchableKeyStore(real);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SwitchableKeyStore keys;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    String id;

    @BeforeEach
    void logAComplaintThenLoseTheKeys() {
        ledger = new LedgerClient(port);
        id = ledger.logComplaint();
        keys.down = true;
    }

    @AfterEach
    void bringTheKeysBack() {
        keys.down = false;
    }

    @Test
    void stepsWithPersonalDataAre503AndAppendNothing() {
        long before = eventCount();

        assertUnavailable(ledger.post("/api/complaints/" + id + "/issues", "{\"description\": \"the lift is broken\"}"));
        assertUnavailable(ledger.post("/api/complaints", LedgerClient.complaintBody(null, "Nia Newcomer", "damp")));
        assertUnavailable(ledger.post("/api/complaints/" + id + "/issues", "{\"description\": \"again\"}",
                "Idempotency-Key", "outage-" + id));

        assertThat(eventCount()).isEqualTo(before);
        keys.down = false;
        assertThat(ledger.post("/api/complaints/" + id + "/issues", "{\"description\": \"again\"}",
                "Idempotency-Key", "outage-" + id).status()).isEqualTo(200);
    }

    @Test
    void theRecordIs503RatherThanShownWithoutItsPersonalData() {
        assertUnavailable(ledger.get("/api/complaints/" + id + "/events"));
    }

    @Test
    void anErasureIs503AndTheKeyStays() {
        long before = eventCount();

        assertUnavailable(ledger.post("/api/data-subjects/" + id + "/erasure", ErasureHttpTest.ERASURE));

        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT key IS NOT NULL FROM data_subject_key WHERE subject_id = ?",
                Boolean.class, id)).isTrue();
    }

    private static void assertUnavailable(Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(503);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:key-store-unavailable");
        assertThat(reply.body().get("detail").asString()).contains("try again later");
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
