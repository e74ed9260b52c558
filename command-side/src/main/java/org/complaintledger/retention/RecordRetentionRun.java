package org.complaintledger.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.retention.RetentionRunRecorded.NotErased;

/** Put one run of the retention job on the record: what policy it applied, what fell due, what it erased. */
public record RecordRetentionRun(@TargetAggregateIdentifier @NotBlank String runId,
                                 @NotNull Instant startedAt,
                                 @NotNull Instant finishedAt,
                                 @NotBlank String trigger,
                                 @NotBlank String policy,
                                 @NotNull Instant retainedUntil,
                                 @NotNull List<@NotBlank String> dueSubjects,
                                 @NotNull List<@NotBlank String> erasedSubjects,
                                 @NotNull List<@Valid NotErased> notErased) {
}
