package org.complaintledger.bulkimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusal report: one JSON line per line not imported (docs/import.md), appended and flushed after the batch that
 * refused it committed, so an interrupted import's report holds what it decided before it stopped.
 */
final class RefusalReport implements AutoCloseable {

    private final BufferedWriter out;
    private final JsonMapper json;

    RefusalReport(Path path, JsonMapper json) {
        this.json = json;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportFileRefused("cannot write the report " + path + ": " + e.getMessage());
        }
    }

    synchronized void write(List<Refusal> refusals) {
        try {
            for (Refusal refusal : refusals) {
                out.write(json.writeValueAsString(refusal));
                out.newLine();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
