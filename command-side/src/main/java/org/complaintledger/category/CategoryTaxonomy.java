package org.complaintledger.category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The categories a complaint is filed under, chosen from a list rather than typed freely, so that reports count like
 * with like (9.4, 9.7a). The ledger ships {@value #DEFAULT_VERSION} ({@value #RESOURCE}); a landlord may add its own
 * categories, which gives the taxonomy a version of its own ({@code v1+} and a digest of the additions), so each
 * complaint records which list its category was chosen from. Commands are checked against it; events already on the
 * record never are, so complaints filed under older or free-text categories replay as they were.
 */
public final class CategoryTaxonomy {

    static final String RESOURCE = "categories-v1.txt";
    static final String DEFAULT_VERSION = "v1";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String version;
    private final Map<String, Category> byCode;

    private CategoryTaxonomy(String version, Map<String, Category> byCode) {
        this.version = version;
        this.byCode = byCode;
    }

    /** The ledger's own taxonomy, read once; a broken file fails at start-up rather than refusing every complaint. */
    public static CategoryTaxonomy defaults() {
        return new CategoryTaxonomy(DEFAULT_VERSION, load());
    }

    /**
     * This taxonomy with the landlord's own categories ({@code code -> label}) added after the ledger's. The same
     * additions always give the same version, and different ones a different version.
     */
    public CategoryTaxonomy extendedWith(Map<String, String> extra) {
        if (extra == null || extra.isEmpty()) {
            return this;
        }
        Map<String, Category> all = new LinkedHashMap<>(byCode);
        new TreeMap<>(extra).forEach((code, label) -> {
            check(!byCode.containsKey(code), "extra category '" + code + "' is already in taxonomy " + version);
            all.put(code, category(code, label, "extra category '" + code + "'"));
        });
        return new CategoryTaxonomy(version + "+" + digest(extra), all);
    }

    public String version() {
        return version;
    }

    public List<Category> categories() {
        return List.copyOf(byCode.values());
    }

    /** The code chosen, if the taxonomy has it (9.4); otherwise refused with the codes that are allowed. */
    public String chosen(String code) {
        if (!byCode.containsKey(code)) {
            throw new UnknownCategory(code, version, List.copyOf(byCode.keySet()));
        }
        return code;
    }

    private static Map<String, Category> load() {
        Map<String, Category> categories = new LinkedHashMap<>();
        try (InputStream in = CategoryTaxonomy.class.getResourceAsStream(RESOURCE)) {
            check(in != null, RESOURCE + " is missing");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNo++;
                int hash = line.indexOf('#');
                String text = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String where = RESOURCE + " line " + lineNo;
                String[] parts = text.split("\\|", 2);
                check(parts.length == 2, where + ": expected 'code | label'");
                String code = parts[0].strip();
                check(!categories.containsKey(code), where + ": '" + code + "' appears twice");
                categories.put(code, category(code, parts[1], where));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(!categories.isEmpty(), RESOURCE + " names no category");
        return categories;
    }

    private static Category category(String code, String label, String where) {
        check(code != null && CODE.matcher(code).matches(),
                where + ": a code is lower-case letters and digits joined by '-', not '" + code + "'");
        check(label != null && !label.isBlank(), where + ": a category needs a label");
        return new Category(code, label.strip());
    }

    private static String digest(Map<String, String> extra) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(extra).forEach((code, label) ->
                    sha256.update((code + "|" + label.strip() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha256.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("complaint categories: " + problem);
        }
    }
}
