package org.complaintledger.analysis;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * A page of pseudonymised complaints, and {@code incomplete} (null when whole) while the case-summary processing
 * group has parked events, whose complaints or steps the page then leaves out.
 */
public record AnalysisPage(List<AnalysedComplaint> complaints, Incomplete incomplete) {
}
