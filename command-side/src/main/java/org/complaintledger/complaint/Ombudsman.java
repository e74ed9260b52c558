package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/** What the Housing Ombudsman decides about a complaint referred to it (8.1 c, 9.7 c). */
public final class Ombudsman {

    private Ombudsman() {
    }

    public enum Finding {
        SEVERE_MALADMINISTRATION, MALADMINISTRATION, SERVICE_FAILURE, NO_MALADMINISTRATION,
        REASONABLE_REDRESS, OUTSIDE_JURISDICTION, WITHDRAWN
    }

    /** The finding on one of the complaints the Ombudsman defined. */
    public record DefinedComplaintFinding(@PersonalData @NotBlank String definedComplaint, @NotNull Finding finding) {
    }

    /** An order as made. */
    public record Order(@NotBlank String description, @NotNull LocalDate dueBy) {

        TrackedOrder tracked(String orderId) {
            return new TrackedOrder(orderId, description, dueBy);
        }
    }

    /** An order on the record, with the id its compliance is recorded under. */
    public record TrackedOrder(String orderId, @PersonalData String description, LocalDate dueBy) {
    }
}
