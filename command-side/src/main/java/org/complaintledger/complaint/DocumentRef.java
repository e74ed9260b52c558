package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.complaintledger.personaldata.PersonalData;

/**
 * A document kept elsewhere, named on the record with its digest so that anyone holding a copy can prove
 * it is the one the record means (5.12).
 */
public record DocumentRef(@PersonalData @NotBlank String name,
                          @NotBlank @Pattern(regexp = "^[\\w.+-]+/[\\w.+-]+$", message = "must be a media type such as application/pdf") String mediaType,
                          @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a SHA-256 digest: 64 lowercase hex digits") String sha256) {
}
