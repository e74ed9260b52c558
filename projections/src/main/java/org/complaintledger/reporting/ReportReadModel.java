package org.complaintledger.reporting;

import org.complaintledger.readmodel.Projection;

/**
 * A read model the published reports are drawn from (TSM, 8.1, 9.7), which a report "as at" a past instant rebuilds
 * from the events recorded by then, by its own code ({@link Projection#apply}), into same-named temporary tables
 * written through the caller's transaction, so that the live ones are untouched.
 */
public interface ReportReadModel extends Projection {
}
