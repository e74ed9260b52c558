package org.complaintledger.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A read model the published reports are drawn from (TSM, 8.1, 9.7), which a report "as at" a past instant rebuilds
 * from the events recorded by then: the tables it writes and its handling of one event. It writes through the
 * caller's transaction, so a rebuild into same-named temporary tables leaves the live ones untouched.
 */
public interface ReportReadModel {

    /** Every table the read model writes, in an order they can be created in. */
    List<String> tables();

    /** Applies one event payload recorded at {@code recordedAt}; a payload the read model does not read is ignored. */
    void apply(Object event, Instant recordedAt);
}
