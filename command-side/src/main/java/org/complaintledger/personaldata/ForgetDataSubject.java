package org.complaintledger.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.complaintledger.ledger.SaneDate;

/**
 * Erase a data subject's personal data from the ledger by destroying their key (UK GDPR Art. 17). What stays
 * readable must not identify anyone, so {@code basis}, {@code requestedBy} and {@code backdatingReason} are kept
 * in plain text and must hold no personal data.
 *
 * @param dataSubjectId    the resident's id, or the complaint's own id for a resident not known by id
 * @param basis            the legal basis or the retention rule, e.g. "UK GDPR Art. 17(1)(a)"
 * @param requestedBy      the staff member or process carrying out the erasure (an identifier, not a name)
 * @param occurredAt       when the request was received or the retention period ended; default now
 * @param backdatingReason why it is recorded more than the Code's allowance after {@code occurredAt}
 */
public record ForgetDataSubject(@NotBlank @Pattern(regexp = ForgetDataSubject.SUBJECT_ID,
                                        message = "must be 1 to 64 letters, digits or . _ : -") String dataSubjectId,
                                @NotNull ErasureReason reason,
                                @NotBlank @Size(max = 200) String basis,
                                @NotBlank @Size(max = 100) String requestedBy,
                                @SaneDate Instant occurredAt,
                                @Size(max = 200) String backdatingReason) {

    /** A resident id (as {@code Complainant.RESIDENT_ID}) or a complaint id. */
    public static final String SUBJECT_ID = "[A-Za-z0-9._:-]{1,64}";
}
