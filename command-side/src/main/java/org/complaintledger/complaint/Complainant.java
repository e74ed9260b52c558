package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * Who complains: the resident, or a representative acting for the resident (1.3, 3.6).
 *
 * @param residentReference the landlord's own reference for the resident or tenancy, if known
 * @param representative    null when the resident complains for themselves
 */
public record Complainant(@NotBlank String residentName,
                          String residentReference,
                          @Valid Representative representative) {

    public record Representative(@NotBlank String name, @NotBlank String relationship) {
    }
}
