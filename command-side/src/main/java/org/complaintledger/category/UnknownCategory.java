package org.complaintledger.category;

import java.util.List;
import org.complaintledger.code.InvalidField;

/** A category that is not in the taxonomy in force: a caller's mistake, answered with the codes allowed (9.4). */
public class UnknownCategory extends InvalidField {

    private final String taxonomyVersion;
    private final List<String> allowed;

    UnknownCategory(String code, String taxonomyVersion, List<String> allowed) {
        super("category", "'" + code + "' is not a category of taxonomy " + taxonomyVersion + "; allowed: "
                + String.join(", ", allowed));
        this.taxonomyVersion = taxonomyVersion;
        this.allowed = List.copyOf(allowed);
    }

    public String taxonomyVersion() {
        return taxonomyVersion;
    }

    public List<String> allowed() {
        return allowed;
    }
}
