package org.complaintledger.architecture;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;

/**
 * The Maven module a class was compiled in. All four modules share the package {@code org.complaintledger}, so the
 * package name cannot tell them apart; where the class file was loaded from can, and keeps working when someone adds
 * a package: a reactor build reads {@code <module>/target/classes/}, a single-module build the installed
 * {@code <module>-<version>.jar}.
 */
enum Module {
    COMMAND_SIDE("command-side"),
    PROJECTIONS("projections"),
    QUERY_SIDE("query-side"),
    INFRA("infra"),
    /** Issue 10's plain-Java proof code (infra/proof), which the ledger and the offline verifier share. */
    PROOF("proof");

    final String artifactId;
    private final Pattern classesDirectory;
    private final Pattern jar;

    Module(String artifactId) {
        this.artifactId = artifactId;
        this.classesDirectory = Pattern.compile(".*/" + Pattern.quote(artifactId) + "/target/classes/.*");
        this.jar = Pattern.compile(".*/" + Pattern.quote(artifactId) + "-\\d[^/]*\\.jar!/.*");
    }

    static Optional<Module> of(JavaClass javaClass) {
        return javaClass.getSource().map(Source::getUri).flatMap(Module::of);
    }

    static Optional<Module> of(URI location) {
        String path = location.toString();
        return Arrays.stream(values())
                .filter(module -> module.classesDirectory.matcher(path).matches() || module.jar.matcher(path).matches())
                .findFirst();
    }

    DescribedPredicate<JavaClass> classes() {
        return DescribedPredicate.describe("compiled in " + artifactId, javaClass -> of(javaClass).equals(Optional.of(this)));
    }
}
