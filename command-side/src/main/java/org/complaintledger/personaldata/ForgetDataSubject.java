package org.complaintledger.personaldata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Erase a data subject's personal data by destroying their key (UK GDPR Art. 17). */
public record ForgetDataSubject(@NotBlank String dataSubjectId,
                                @NotNull ErasureReason reason,
                                @NotBlank String basis,
                                @NotBlank String requestedBy,
                                Instant occurredAt,
                                String backdatingReason) {
}
