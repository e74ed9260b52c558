package org.complaintledger.readmodel;

/** Where a projection's tables are: in PostgreSQL ({@link SqlTables}) or in memory ({@link MemoryTables}). */
public interface ReadModelTables {

    /** The table of this name (the read model's own table name, never input). */
    ReadModelTable table(String name);
}
