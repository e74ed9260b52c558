package org.complaintledger.residentrecords;

import java.util.List;

/** A resident's adjustments and disabilities (5.10) and restrictions (5.14, 5.15), earliest first. */
public record ResidentRecordsView(String residentId, List<AdjustmentView> adjustments, List<RestrictionView> restrictions) {
}
