package org.complaintledger.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The taxonomy of complaint categories (9.4): the ledger's default, and a landlord's extensions as new versions. */
class CategoryTaxonomyTest {

    private final CategoryTaxonomy defaults = CategoryTaxonomy.defaults();

    @Test
    void defaultIsVersionOneWithTheOmbudsmansKindsOfComplaint() {
        assertThat(defaults.version()).isEqualTo("v1");
        assertThat(defaults.categories()).extracting(Category::code).contains("repairs", "damp-and-mould",
                "anti-social-behaviour", "staff-conduct", "rent-and-charges", "estate-management", "communication",
                "complaint-handling", "building-safety", "allocations-and-lettings", "tenancy-management",
                "leasehold-and-service-charges", "other");
        assertThat(defaults.categories()).allSatisfy(c -> assertThat(c.label()).isNotBlank());
    }

    @Test
    void extendingGivesANewVersionThatTheSameAdditionsAlwaysGiveAgain() {
        CategoryTaxonomy extended = defaults.extendedWith(Map.of("noise", "Noise nuisance", "parking", "Parking"));
        assertThat(extended.version()).startsWith("v1+").isNotEqualTo(defaults.version())
                .isEqualTo(defaults.extendedWith(Map.of("parking", "Parking", "noise", "Noise nuisance")).version());
        assertThat(defaults.extendedWith(Map.of("noise", "Noise nuisance")).version()).isNotEqualTo(extended.version());
        assertThat(extended.categories()).extracting(Category::code).startsWith("repairs").endsWith("noise", "parking");
        assertThat(extended.chosen("parking")).isEqualTo("parking");
    }

    @Test
    void noAdditionsKeepTheVersion() {
        assertThat(defaults.extendedWith(Map.of()).version()).isEqualTo("v1");
    }

    @Test
    void anAdditionMayNotRedefineACategoryOrUseAnUnstableCode() {
        assertThatThrownBy(() -> defaults.extendedWith(Map.of("repairs", "Repairs to gardens")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'repairs' is already in taxonomy v1");
        assertThatThrownBy(() -> defaults.extendedWith(Map.of("Noise Nuisance", "Noise")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> defaults.extendedWith(Map.of("noise", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a label");
    }

    @Test
    void anUnknownCodeIsRefusedWithTheAllowedCodesInOrder() {
        assertThatThrownBy(() -> defaults.chosen("Repairs"))
                .isInstanceOfSatisfying(UnknownCategory.class, e -> {
                    assertThat(e.field()).isEqualTo("category");
                    assertThat(e.taxonomyVersion()).isEqualTo("v1");
                    assertThat(e.allowed()).containsExactlyElementsOf(
                            defaults.categories().stream().map(Category::code).toList());
                });
    }
}
