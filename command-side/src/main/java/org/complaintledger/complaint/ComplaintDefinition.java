package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.complaintledger.personaldata.PersonalData;

/** The landlord's understanding of the complaint and the outcomes the resident seeks (5.6). */
public record ComplaintDefinition(@PersonalData @NotBlank String understanding,
                                  @PersonalData @NotEmpty List<@NotBlank String> outcomesSought) {

    public ComplaintDefinition {
        outcomesSought = outcomesSought == null ? null : List.copyOf(outcomesSought);
    }
}
