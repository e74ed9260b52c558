package org.complaintledger.deadletters;

import java.util.List;

/** A retry named a processing group that parks no events (a caller's mistake: 404). */
public class UnknownProcessingGroup extends RuntimeException {

    public UnknownProcessingGroup(String group, List<String> known) {
        super("no processing group '" + group + "' parks events; the groups that do are " + known);
    }
}
