package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import org.complaintledger.personaldata.PersonalData;

/**
 * The landlord used its discretion to accept a complaint received outside the 12-month window (2.3).
 *
 * @param decidedBy who decided (a staff identifier)
 * @param reason    the good reason to accept it; it may describe the resident's circumstances
 */
public record WindowDiscretion(@NotBlank(message = "is required: who used the discretion (2.3)") String decidedBy,
                               @PersonalData @NotBlank(message = "is required: the good reason to accept the complaint (2.3)")
                               String reason) {
}
