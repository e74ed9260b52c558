package org.complaintledger.complaint;

import jakarta.validation.ConstraintViolation;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Hamcrest matchers for the ways a command is turned down, checking the fields, not only the type. */
public final class Rejections {

    private Rejections() {
    }

    /** A {@link CodeRuleBroken} naming {@code rule} and {@code provision} (null for the ledger's own order). */
    public static Matcher<Throwable> breaks(String rule, String provision) {
        return matcher("CodeRuleBroken rule " + rule + " provision " + provision, CodeRuleBroken.class,
                e -> rule.equals(e.rule()) && Objects.equals(provision, e.provision()),
                e -> "CodeRuleBroken rule " + e.rule() + " provision " + e.provision());
    }

    /** An {@link InvalidField} naming {@code field}. */
    public static Matcher<Throwable> invalidField(String field) {
        return matcher("InvalidField " + field, InvalidField.class, e -> field.equals(e.field()),
                e -> "InvalidField " + e.field());
    }

    public static Matcher<Throwable> notOnRecord(String id) {
        return matcher("NotOnRecord about " + id, NotOnRecord.class, e -> e.getMessage().contains("'" + id + "'"),
                Throwable::getMessage);
    }

    /** A bean validation failure whose violations are on exactly these property paths. */
    public static Matcher<Throwable> violationsOn(String... propertyPaths) {
        Set<String> expected = new TreeSet<>(Arrays.asList(propertyPaths));
        return matcher("JSR303ViolationException on " + expected, JSR303ViolationException.class,
                e -> paths(e).equals(expected), e -> "violations on " + paths(e));
    }

    private static Set<String> paths(JSR303ViolationException e) {
        return e.getViolations().stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static <E extends Throwable> Matcher<Throwable> matcher(String description, Class<E> type,
            Predicate<E> test, java.util.function.Function<E, String> describe) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                if (!type.isInstance(actual)) {
                    mismatch.appendText("was ").appendValue(actual);
                    return false;
                }
                E e = type.cast(actual);
                if (!test.test(e)) {
                    mismatch.appendText("was ").appendText(describe.apply(e));
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText(description);
            }
        };
    }
}
