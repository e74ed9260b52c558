package org.complaintledger.duesteps;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * One page of the open steps, soonest first: {@code total} open steps match in all, so a caller reads pages
 * {@code 0 .. ceil(total / size) - 1} to get every one. {@code incomplete} is null unless the due-steps processing
 * group has parked events, whose steps are then missing.
 */
public record DueStepsPage(List<DueStep> steps, int page, int size, long total, Incomplete incomplete) {
}
