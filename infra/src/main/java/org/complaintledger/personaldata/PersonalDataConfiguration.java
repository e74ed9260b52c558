package org.complaintledger.personaldata;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.complaintledger.code.Timescales;
import org.complaintledger.embeddedpostgres.EmbeddedPostgresProperties;
import org.complaintledger.nodes.NodeIdentity;
import org.complaintledger.provenance.ChainedAppend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crypto-shredding: personal data is sealed on its way into the event store and opened on its way out, with a key per
 * data subject; forgetting a subject destroys the key. See docs/architecture.md, "Personal data".
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyEncryptionKeyProperties.class)
class PersonalDataConfiguration {

    /** A few MB at most: an aggregate id and a subject id each. */
    private static final int MAX_CACHED_AGGREGATES = 100_000;

    private final PersonalDataCipher cipher = new PersonalDataCipher(new SecureRandom());
    private final PayloadTypes payloadTypes = new PayloadTypes(PersonalDataConfiguration.class.getClassLoader());

    /**
     * @param keyCacheTtl how long a key for opening is cached; bounds how long another process sharing the database
     *                    still opens a subject's data after it was forgotten here
     */
    @Bean
    PostgresSubjectKeyStore subjectKeyStore(JdbcTemplate jdbc, KeyEncryptionKeys keks, Clock clock,
                                            @Value("${complaint-ledger.personal-data.key-cache-ttl:PT1M}") Duration keyCacheTtl,
                                            @Value("${complaint-ledger.personal-data.max-cached-keys:10000}") int maxCachedKeys,
                                            ErasureNotices notices) {
        return new PostgresSubjectKeyStore(jdbc, keks, new SecureRandom(), keyCacheTtl, maxCachedKeys, clock, notices);
    }

    /**
     * Erasures by other processes on the database (docs/multi-node.md); an erasure here waits at most
     * {@code erasure-ack-wait} for every other live process to confirm it has heard.
     */
    @Bean
    ErasureNotices erasureNotices(JdbcTemplate jdbc, NodeIdentity node,
                                  @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                                  @Value("${complaint-ledger.personal-data.erasure-ack-wait:PT2S}") Duration ackWait) {
        return new ErasureNotices(jdbc, node, claimTimeout, ackWait);
    }

    /**
     * The configured key-encryption keys; without any, the embedded default's own, generated in its data directory
     * once its server has started (initdb wants that directory empty); with an external database, none: refused.
     */
    @Bean
    KeyEncryptionKeys keyEncryptionKeys(KeyEncryptionKeyProperties properties,
                                        ObjectProvider<EmbeddedPostgres> embeddedServer,
                                        ObjectProvider<EmbeddedPostgresProperties> embedded) {
        Path embeddedDataDirectory = null;
        if (!properties.configured() && embeddedServer.getIfAvailable() != null) {
            embeddedDataDirectory = embedded.getObject().dataDirectory();
        }
        return new KeyEncryptionKeySources(System::getenv, new SecureRandom()).load(properties, embeddedDataDirectory);
    }

    @Bean
    SubjectKeyWrapping subjectKeyWrapping(JdbcTemplate jdbc, KeyEncryptionKeys keks) {
        return new SubjectKeyWrapping(jdbc, keks);
    }

    @Bean
    ErasuresOnTheLedger erasuresOnTheLedger(JdbcTemplate jdbc) {
        return new ErasuresOnTheLedger(jdbc);
    }

    @Bean
    SubjectKeysOnStart subjectKeysOnStart(ErasuresOnTheLedger erasures, SubjectKeyWrapping wrapping,
                                          ErasureNotices notices) {
        return new SubjectKeysOnStart(erasures, wrapping, notices);
    }

    @Bean
    AggregateSubjects aggregateSubjects(JdbcTemplate jdbc, Clock clock) {
        return new AggregateSubjects(jdbc, MAX_CACHED_AGGREGATES, clock);
    }

    /** Given to the event storage engine ({@code eventstore.EventStorageConfiguration}) as its INSERT of events. */
    @Bean
    SealingAppendEvents sealingAppendEvents(SubjectKeyStore keys, AggregateSubjects subjects, ChainedAppend chains) {
        return new SealingAppendEvents(keys, subjects, cipher, chains);
    }

    /** Opens for the upcaster; seals and opens the dead letters of parked events ({@code deadletters}). */
    @Bean
    PayloadSealing payloadSealing(SubjectKeyStore keys, AggregateSubjects subjects) {
        return new PayloadSealing(keys, subjects, cipher, payloadTypes);
    }

    /** Axon registers every EventUpcaster bean in its upcaster chain, in order; this one goes first. */
    @Bean
    PersonalDataUpcaster personalDataUpcaster(PayloadSealing sealing) {
        return new PersonalDataUpcaster(sealing, payloadTypes);
    }

    /** Axon subscribes the {@code ForgetDataSubject} handler of this bean to the command bus. */
    @Bean
    DataSubjectErasure dataSubjectErasure(SubjectKeyStore keys, EventGateway events, Timescales time) {
        return new DataSubjectErasure(keys, events, time);
    }
}
