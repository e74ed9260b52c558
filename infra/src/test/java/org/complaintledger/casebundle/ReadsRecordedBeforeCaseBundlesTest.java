package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.complaintledger.investigatoraccess.CaseRecordReadByInvestigator;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * An investigator's read recorded before case bundles existed, stored without {@code caseBundleTreeSize}, still reads
 * (a boxed Long: a primitive would refuse the missing field under Jackson 3), as a read that was no bundle; and a
 * bundle's read keeps its tree size through the ledger's serializer.
 */
@LedgerTest
class ReadsRecordedBeforeCaseBundlesTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aReadStoredWithoutATreeSizeReadsAsNoBundle() {
        CaseRecordReadByInvestigator read = read("""
                {"grantId": "grant-1", "complaintId": "C-OLD", "investigator": "investigator-1",
                 "readAt": "2026-05-13T09:00:00Z"}""");

        assertThat(read).isEqualTo(new CaseRecordReadByInvestigator("grant-1", "C-OLD", "investigator-1",
                Instant.parse("2026-05-13T09:00:00Z")));
        assertThat(read.caseBundleTreeSize()).isNull();
    }

    @Test
    void aBundlesReadKeepsItsTreeSize() {
        CaseRecordReadByInvestigator read = new CaseRecordReadByInvestigator("grant-1", "C-1", "investigator-1",
                Instant.parse("2026-12-01T09:00:00Z"), 81_234L);

        byte[] stored = eventSerializer.serialize(read, byte[].class).getData();

        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"caseBundleTreeSize\":81234");
        assertThat(read(new String(stored, StandardCharsets.UTF_8))).isEqualTo(read);
    }

    private CaseRecordReadByInvestigator read(String json) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, CaseRecordReadByInvestigator.class.getName(), null));
    }
}
