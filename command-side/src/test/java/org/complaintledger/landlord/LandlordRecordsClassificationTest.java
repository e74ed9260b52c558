package org.complaintledger.landlord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.complaintledger.landlord.closure.ClosureDayEvent;
import org.complaintledger.landlord.context.LandlordContextEvent;
import org.complaintledger.landlord.exceptional.ExceptionalCircumstancesEvent;
import org.complaintledger.landlord.finding.NonComplianceFindingEvent;
import org.complaintledger.personaldata.PersonalDataShape;
import org.junit.jupiter.api.Test;

/**
 * The landlord's own record holds no personal data: it is about the landlord (its homes, its governing body, its
 * closure days, the Ombudsman's findings about it), never about a resident, so nothing in it is sealed and it names
 * no data subject. The Member Responsible for Complaints and the governing body are named as the landlord publishes
 * them, in their public role, like a member of staff acting in theirs. A free text that could describe a resident
 * (say, a finding's description quoting a case) must not be written into these records: docs/api.md says so.
 */
class LandlordRecordsClassificationTest {

    private static List<Class<?>> events() {
        return Stream.of(LandlordContextEvent.class, ExceptionalCircumstancesEvent.class,
                        NonComplianceFindingEvent.class, ClosureDayEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses()))
                .<Class<?>>map(type -> type)
                .toList();
    }

    @Test
    void noEventOfTheLandlordsRecordHoldsPersonalDataOrNamesADataSubject() {
        assertThat(events()).hasSize(12);
        for (Class<?> event : events()) {
            PersonalDataShape shape = PersonalDataShape.of(event);
            assertThat(shape.holdsPersonalData()).as(event.getSimpleName()).isFalse();
            assertThat(shape.subjectPath()).as(event.getSimpleName()).isEmpty();
        }
    }
}
