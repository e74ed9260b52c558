package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.personaldata.ForgetDataSubject;
import org.junit.jupiter.api.Test;

/**
 * Every date and instant a command takes, at any depth, is bounded by {@link SaneDate} (issue 8: a deadline in the
 * year 999999999 was accepted). A new command with a bare date fails here before it reaches the API.
 */
class SaneDateCoverageTest {

    /** Commands no caller sends, each with the reason its dates need no bound. */
    private static final Set<String> WRITTEN_BY_THE_LEDGER = Set.of(
            // The retention job writes its run from its own clock; no request body reaches it.
            "RecordRetentionRun");

    @Test
    void everyDateAndInstantOfEveryCommandIsBounded() {
        List<Class<?>> commands = commands();
        assertThat(commands).as("commands found").hasSizeGreaterThan(40);
        Set<String> unbounded = new TreeSet<>();
        commands.stream().filter(command -> !WRITTEN_BY_THE_LEDGER.contains(command.getSimpleName()))
                .forEach(command -> collectUnbounded(command, command.getSimpleName(), unbounded));
        assertThat(unbounded).as("date or instant components without @SaneDate").isEmpty();
    }

    @Test
    void theExceptionsAreCommandsThatExist() {
        assertThat(commands().stream().map(Class::getSimpleName)).containsAll(WRITTEN_BY_THE_LEDGER);
    }

    private static void collectUnbounded(Class<?> type, String path, Set<String> unbounded) {
        for (RecordComponent component : type.getRecordComponents()) {
            check(component.getAnnotatedType(), component.isAnnotationPresent(SaneDate.class),
                    path + "." + component.getName(), unbounded);
        }
    }

    private static void check(AnnotatedType type, boolean annotated, String path, Set<String> unbounded) {
        boolean bounded = annotated || type.isAnnotationPresent(SaneDate.class);
        if (type.getType() == LocalDate.class || type.getType() == Instant.class) {
            if (!bounded) {
                unbounded.add(path);
            }
        } else if (type instanceof AnnotatedParameterizedType generic) {
            for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                check(argument, false, path + "[]", unbounded);
            }
        } else if (type.getType() instanceof Class<?> nested && nested.isRecord()
                && nested.getPackageName().startsWith("org.complaintledger")) {
            collectUnbounded(nested, path, unbounded);
        }
    }

    /**
     * Records that are commands: they implement a command interface or name the aggregate they target, or are
     * {@link ForgetDataSubject}, handled by a service rather than an aggregate.
     */
    private static List<Class<?>> commands() {
        return classes().filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getInterfaces()).anyMatch(i -> i.getSimpleName().endsWith("Command"))
                        || Arrays.stream(type.getRecordComponents())
                                .anyMatch(SaneDateCoverageTest::targetsAnAggregate)
                        || type == ForgetDataSubject.class)
                .toList();
    }

    /** Axon's annotation targets fields and methods, so it is found on the component's field, not the component. */
    private static boolean targetsAnAggregate(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName())
                    .isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }

    private static Stream<Class<?>> classes() {
        try {
            Path root = Path.of(SaneDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString)
                        .filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .map(SaneDateCoverageTest::load)
                        .toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SaneDateCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
