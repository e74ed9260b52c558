package org.complaintledger.http;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.complaintledger.category.Category;
import org.complaintledger.category.CategoryTaxonomy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The category taxonomy in force, so a client offers the choice rather than free text (9.4). */
@RestController
class CategoryController {

    /** The taxonomy's version, recorded with each complaint, and its categories in order. */
    record Taxonomy(String version, List<Category> categories) {
    }

    private final CategoryTaxonomy taxonomy;

    CategoryController(CategoryTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/categories")
    @Operation(summary = "The complaint categories a complaint may be logged under, and the taxonomy's version (9.4)")
    Taxonomy categories() {
        return new Taxonomy(taxonomy.version(), taxonomy.categories());
    }
}
