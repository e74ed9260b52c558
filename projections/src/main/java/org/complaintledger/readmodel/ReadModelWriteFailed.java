package org.complaintledger.readmodel;

import org.springframework.dao.DataAccessException;

/**
 * A read model table refused a write. Its message is the table, the kind of write and the database's own first line
 * (a trigger's or a constraint's words), never the statement: it is what an officer reads on the parked event, and a
 * statement naming every column would not fit there.
 */
public final class ReadModelWriteFailed extends DataAccessException {

    private static final int LONGEST = 500;

    ReadModelWriteFailed(String table, String write, DataAccessException failed) {
        super(message(table, write, failed), failed);
    }

    private static String message(String table, String write, Throwable failed) {
        Throwable deepest = failed;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String why = String.valueOf(deepest.getMessage()).lines().findFirst().orElse("");
        String message = "could not " + write + " " + table + ": " + why;
        return message.length() <= LONGEST ? message : message.substring(0, LONGEST);
    }
}
