package org.complaintledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.complaintledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/**
 * The rule really catches a wrong-way dependency. Maven's module graph makes one hard to write by accident, so this
 * compiles one: a class placed in a command-side output directory that calls into infra.
 */
class ModuleDependencyRuleTest {

    @TempDir
    Path workspace;

    @Test
    void failsWhenCommandSideUsesInfra() throws IOException {
        Path commandSideClasses = compileIntoCommandSide("ReachesIntoInfra", """
                package org.complaintledger.complaint;

                class ReachesIntoInfra {
                    void start() {
                        org.complaintledger.LedgerApplication.main(new String[0]);
                    }
                }
                """);

        JavaClasses classes = new ClassFileImporter().importPaths(commandSideClasses, classesOf(LedgerApplication.class));
        EvaluationResult result = ModuleDependencies.ONE_WAY.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("org.complaintledger.complaint.ReachesIntoInfra")
                .contains("org.complaintledger.LedgerApplication");
    }

    @Test
    void passesWithoutAWrongWayDependency() throws IOException {
        Path commandSideClasses = compileIntoCommandSide("UsedByInfra", """
                package org.complaintledger.complaint;

                public class UsedByInfra {
                }
                """);

        JavaClasses classes = new ClassFileImporter().importPaths(commandSideClasses, classesOf(LedgerApplication.class));

        assertThat(ModuleDependencies.ONE_WAY.evaluate(classes).hasViolation()).isFalse();
    }

    /** Compiles one class against infra into a directory laid out like command-side's build output. */
    private Path compileIntoCommandSide(String className, String source) throws IOException {
        Path file = Files.writeString(
                Files.createDirectories(workspace.resolve("src")).resolve(className + ".java"), source);
        Path output = Files.createDirectories(workspace.resolve("command-side/target/classes"));
        String classPath = classesOf(LedgerApplication.class) + File.pathSeparator + classesOf(SpringApplication.class);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", output.toString(), "-cp", classPath, file.toString());
        assertThat(exit).as("the experiment compiles").isZero();
        return output;
    }

    private static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
