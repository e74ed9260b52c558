package org.complaintledger.proof.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Opening an archive's entries as a map and writing a map back: how tests tamper with a bundle's files. */
public final class Zips {

    private Zips() {
    }

    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The archive with its entries changed by {@code change}. */
    public static byte[] changed(byte[] zip, Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> entries = entries(zip);
        change.accept(entries);
        return zip(entries);
    }

    /** The archive with one text entry's text replaced (which must occur in it). */
    public static byte[] replaced(byte[] zip, String entry, String text, String replacement) {
        return changed(zip, entries -> {
            String content = new String(entries.get(entry), StandardCharsets.UTF_8);
            if (!content.contains(text)) {
                throw new AssertionError(entry + " has no '" + text + "'");
            }
            entries.put(entry, content.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
        });
    }
}
