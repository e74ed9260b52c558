package org.complaintledger.ledger;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaint-ledger.categories.extra}: the landlord's own complaint categories, {@code code: label}, added to the
 * ledger's default taxonomy (9.4). Adding or changing one gives the taxonomy a new version.
 */
@ConfigurationProperties("complaint-ledger.categories")
public record CategoryProperties(Map<String, String> extra) {

    public CategoryProperties {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
