package org.complaintledger.residentrecords;

import static org.complaintledger.review.UnderReview.notOnRecord;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A resident's adjustments, disabilities and restrictions as they stand, with every review (5.10, 5.14, 5.15). */
@RestController
@RequestMapping("/api/residents/{residentId}")
public class ResidentRecordsController {

    private final ResidentRecords records;

    public ResidentRecordsController(ResidentRecords records) {
        this.records = records;
    }

    @GetMapping("/records")
    public ResidentRecordsView records(@PathVariable String residentId) {
        return records.of(residentId);
    }

    @GetMapping("/adjustments/{adjustmentId}")
    public AdjustmentView adjustment(@PathVariable String residentId, @PathVariable String adjustmentId) {
        return records.adjustment(residentId, adjustmentId).orElseThrow(() -> notOnRecord("adjustment", adjustmentId,
                residentId));
    }

    @GetMapping("/restrictions/{restrictionId}")
    public RestrictionView restriction(@PathVariable String residentId, @PathVariable String restrictionId) {
        return records.restriction(residentId, restrictionId).orElseThrow(() -> notOnRecord("restriction", restrictionId,
                residentId));
    }
}
