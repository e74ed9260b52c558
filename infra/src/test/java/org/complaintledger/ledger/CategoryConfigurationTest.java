package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.category.Category;
import org.complaintledger.category.CategoryTaxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The landlord extends the taxonomy in configuration (9.4); the extension gives it a version of its own. */
class CategoryConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CategoryConfiguration.class);

    @Test
    void withoutExtrasTheTaxonomyIsTheLedgersOwn() {
        context.run(ctx -> assertThat(ctx.getBean(CategoryTaxonomy.class).version()).isEqualTo("v1"));
    }

    @Test
    void extrasInConfigurationAreAddedUnderANewVersion() {
        context.withPropertyValues("complaint-ledger.categories.extra.garden-waste=Garden waste collection",
                        "complaint-ledger.categories.extra.noise=Noise nuisance")
                .run(ctx -> {
                    CategoryTaxonomy taxonomy = ctx.getBean(CategoryTaxonomy.class);
                    assertThat(taxonomy.version()).startsWith("v1+");
                    assertThat(taxonomy.categories()).contains(new Category("garden-waste", "Garden waste collection"),
                            new Category("noise", "Noise nuisance"));
                    assertThat(taxonomy.chosen("garden-waste")).isEqualTo("garden-waste");
                });
    }

    @Test
    void anExtraThatRedefinesACategoryStopsTheLedgerFromStarting() {
        context.withPropertyValues("complaint-ledger.categories.extra.repairs=Repairs to gardens")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
