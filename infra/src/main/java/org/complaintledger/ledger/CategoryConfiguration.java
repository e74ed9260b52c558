package org.complaintledger.ledger;

import org.complaintledger.category.CategoryTaxonomy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The category taxonomy in force (9.4): the ledger's default, extended with the landlord's own categories. The
 * complaint checks every LogComplaint against it (Axon hands the bean to the command handler, as it does Timescales).
 */
@Configuration
@EnableConfigurationProperties(CategoryProperties.class)
public class CategoryConfiguration {

    @Bean
    CategoryTaxonomy categoryTaxonomy(CategoryProperties properties) {
        return CategoryTaxonomy.defaults().extendedWith(properties.extra());
    }
}
