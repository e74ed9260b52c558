package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.personaldata.PersonalData;

/**
 * What the Housing Ombudsman decides about a complaint (8.1 c, 9.7 c): a determination on a complaint referred to
 * it, or a complaint handling failure order or Code non-compliance finding, which may come without either. Every
 * finding gets an id ({@code finding-1}, ...) and every order names the finding it follows.
 */
public final class Ombudsman {

    private Ombudsman() {
    }

    public enum Finding {
        SEVERE_MALADMINISTRATION, MALADMINISTRATION, SERVICE_FAILURE, NO_MALADMINISTRATION,
        REASONABLE_REDRESS, OUTSIDE_JURISDICTION, WITHDRAWN
    }

    /** A finding about how the landlord handled the complaint rather than about its substance (8.1 c, 9.7 c). */
    public enum HandlingFailureKind { COMPLAINT_HANDLING_FAILURE_ORDER, CODE_NON_COMPLIANCE_FINDING }

    /** The finding on one of the complaints the Ombudsman defined. */
    public record DefinedComplaintFinding(@PersonalData @NotBlank String definedComplaint, @NotNull Finding finding) {

        DeterminedFinding numbered(String findingId) {
            return new DeterminedFinding(findingId, definedComplaint, finding);
        }
    }

    /** A finding of a determination on the record; {@code findingId} is null in determinations recorded before ids. */
    public record DeterminedFinding(String findingId, @PersonalData String definedComplaint, Finding finding) {
    }

    /** An order made with a complaint handling failure finding: it follows that finding. */
    public record Order(@NotBlank String description, @NotNull @SaneDate LocalDate dueBy) {

        TrackedOrder tracked(String orderId, String findingId) {
            return new TrackedOrder(orderId, findingId, description, dueBy);
        }
    }

    /** An order of a determination, naming the finding it follows (one of the determination's own, or earlier). */
    public record OrderOnFinding(@NotBlank(message = "must name the finding the order follows (9.7 c)") String findingId,
                                 @NotBlank String description, @NotNull @SaneDate LocalDate dueBy) {

        TrackedOrder tracked(String orderId) {
            return new TrackedOrder(orderId, findingId, description, dueBy);
        }
    }

    /**
     * An order on the record, with the id its compliance is recorded under and the finding it follows
     * ({@code findingId} null in orders recorded before findings had ids).
     */
    public record TrackedOrder(String orderId, String findingId, @PersonalData String description, LocalDate dueBy) {
    }
}
