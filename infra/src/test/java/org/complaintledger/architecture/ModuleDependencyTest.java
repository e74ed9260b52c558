package org.complaintledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production classes of all four modules keep to the one-way dependency. */
class ModuleDependencyTest {

    static JavaClasses ledger;

    @BeforeAll
    static void importLedger() {
        ledger = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.complaintledger");
    }

    @Test
    void dependenciesPointOneWay() {
        ModuleDependencies.ONE_WAY.check(ledger);
    }

    /** A class the rule cannot place would escape it, so the import must place every class. */
    @Test
    void everyClassBelongsToAModule() {
        assertThat(ledger.stream().filter(javaClass -> Module.of(javaClass).isEmpty()))
                .extracting(JavaClass::getName)
                .isEmpty();
    }

    /** Guards against a vacuous pass, e.g. if the classes were loaded from somewhere the rule does not recognise. */
    @Test
    void seesTheModulesThatHaveClasses() {
        assertThat(ledger.stream().map(Module::of).flatMap(Optional::stream).distinct())
                .contains(Module.COMMAND_SIDE, Module.INFRA);
    }
}
