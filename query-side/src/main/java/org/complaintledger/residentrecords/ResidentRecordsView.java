package org.complaintledger.residentrecords;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * A resident's adjustments and disabilities (5.10) and restrictions (5.14, 5.15), earliest first. {@code incomplete}
 * is null unless the reviews-due processing group, whose rows list the records, has parked events: a record may then
 * be missing.
 */
public record ResidentRecordsView(String residentId, List<AdjustmentView> adjustments, List<RestrictionView> restrictions,
                                  Incomplete incomplete) {
}
