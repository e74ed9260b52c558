package org.complaintledger.landlord.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record that the governing body received a report on complaints (9.6, 9.7): what, for which period, on which
 * day. The annual complaints performance report covers exactly one financial year (8.1, 8.2).
 */
public record RecordReportReceived(@NotNull ReportKind kind,
                                   @NotBlank String title,
                                   @NotNull @SaneDate LocalDate periodFrom,
                                   @NotNull @SaneDate LocalDate periodTo,
                                   @NotNull @SaneDate LocalDate receivedOn,
                                   @NotBlank String recordedBy,
                                   @SaneDate Instant occurredAt,
                                   String backdatingReason) implements LandlordContextCommand {
}
