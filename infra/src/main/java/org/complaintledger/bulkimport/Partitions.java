package org.complaintledger.bulkimport;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which worker imports a line: all the complaints of one resident go to the same worker, so two workers never wait on
 * each other for the same resident's key (sealing their personal data inserts it, in the batch's long transaction),
 * and a complaint's lines follow its first line there, in the file's order. A complaint whose first line is not in
 * the file (or names no resident) goes by its own id.
 */
final class Partitions {

    private final int workers;
    private final Map<String, Integer> byComplaint = new HashMap<>();

    Partitions(int workers) {
        this.workers = workers;
    }

    int of(ImportLine line) {
        if (line.sourceComplaintId() == null) {
            return 0;
        }
        String complaint = ImportedSteps.key(line.source(), line.sourceComplaintId());
        Integer known = byComplaint.get(complaint);
        if (known != null) {
            return known;
        }
        JsonNode resident = line.body() == null ? null : line.body().path("complainant").get("residentId");
        int worker = Math.floorMod((resident != null && resident.isString()
                ? ImportedSteps.key(line.source(), resident.asString()) : complaint).hashCode(), workers);
        byComplaint.put(complaint, worker);
        return worker;
    }
}
