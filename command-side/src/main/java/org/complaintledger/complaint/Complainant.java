package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.complaintledger.personaldata.PersonalData;

/**
 * Who complains: the resident, or a representative acting for the resident (1.3, 3.6).
 *
 * @param residentId        the landlord's opaque, stable id for the resident (never a name or an address): the data
 *                          subject whose key encrypts the complaint's personal data; null for a resident not yet known
 *                          by id, whose complaint is then its own data subject
 * @param residentReference the landlord's own reference for the resident or tenancy, if known
 * @param representative    null when the resident complains for themselves
 */
public record Complainant(@Pattern(regexp = Complainant.RESIDENT_ID, message = "must be 1 to 64 letters, digits or . _ : -")
                          String residentId,
                          @PersonalData @NotBlank String residentName,
                          @PersonalData String residentReference,
                          @PersonalData @Valid Representative representative) {

    public static final String RESIDENT_ID = "[A-Za-z0-9._:-]{1,64}";

    public record Representative(@PersonalData @NotBlank String name, @PersonalData @NotBlank String relationship) {
    }
}
