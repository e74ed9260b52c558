package org.complaintledger.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An import file read line by line, as bytes, never more than {@link ImportFormat#MAX_LINE_BYTES} of a line held.
 * It is read once first to count its steps (for the progress bar's time left) and to find a line over the bound,
 * which refuses the whole file before anything is imported; blank lines are not steps.
 */
final class ImportFile {

    /** What each step line is given to, with its line number (1 for the file's first line). */
    @FunctionalInterface
    interface LineHandler {
        void line(long number, byte[] bytes) throws InterruptedException;
    }

    private final Path path;
    private final long steps;

    private ImportFile(Path path, long steps) {
        this.path = path;
        this.steps = steps;
    }

    static ImportFile open(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ImportFileRefused("no readable file " + path);
        }
        long[] steps = {0};
        try {
            read(path, (number, bytes) -> steps[0]++);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFileRefused("interrupted while counting the steps of " + path);
        }
        return new ImportFile(path, steps[0]);
    }

    long steps() {
        return steps;
    }

    void forEachLine(LineHandler handler) throws InterruptedException {
        read(path, handler);
    }

    /** Reads the file a chunk at a time (not a byte per call: a million-step file is half a gigabyte). */
    private static void read(Path path, LineHandler handler) throws InterruptedException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] chunk = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        append(line, chunk, start, i - start, number);
                        handle(number++, line, handler);
                        start = i + 1;
                    }
                }
                append(line, chunk, start, read - start, number);
            }
            handle(number, line, handler);
        } catch (IOException e) {
            throw new ImportFileRefused("cannot read " + path + ": " + e.getMessage());
        }
    }

    private static void append(ByteArrayOutputStream line, byte[] chunk, int from, int length, long number) {
        if (line.size() + length > ImportFormat.MAX_LINE_BYTES) {
            throw new ImportFileRefused("line " + number + " is longer than " + ImportFormat.MAX_LINE_BYTES
                    + " bytes, the most a line may hold (docs/import.md); nothing was imported");
        }
        line.write(chunk, from, length);
    }

    private static void handle(long number, ByteArrayOutputStream line, LineHandler handler)
            throws InterruptedException {
        byte[] bytes = line.toByteArray();
        line.reset();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                handler.line(number, end == bytes.length ? bytes : Arrays.copyOf(bytes, end));
                return;
            }
        }
    }
}
