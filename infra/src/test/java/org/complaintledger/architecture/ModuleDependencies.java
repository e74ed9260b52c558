package org.complaintledger.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/** The modules' one-way dependency: infra → query-side → projections → command-side, never back. */
final class ModuleDependencies {

    /**
     * A module may use any module below it (Maven dependencies are transitive), none above it. Layers may be empty
     * because projections and query-side may have no main classes yet.
     */
    static final ArchRule ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("command-side").definedBy(Module.COMMAND_SIDE.classes())
            .layer("projections").definedBy(Module.PROJECTIONS.classes())
            .layer("query-side").definedBy(Module.QUERY_SIDE.classes())
            .layer("infra").definedBy(Module.INFRA.classes())
            .layer("proof").definedBy(Module.PROOF.classes())
            .whereLayer("infra").mayNotBeAccessedByAnyLayer()
            // the proof code depends on none of the ledger's modules, so the verifier runs without them
            .whereLayer("proof").mayOnlyBeAccessedByLayers("infra")
            .whereLayer("query-side").mayOnlyBeAccessedByLayers("infra")
            .whereLayer("projections").mayOnlyBeAccessedByLayers("query-side", "infra")
            .whereLayer("command-side").mayOnlyBeAccessedByLayers("projections", "query-side", "infra");

    private ModuleDependencies() {
    }
}
