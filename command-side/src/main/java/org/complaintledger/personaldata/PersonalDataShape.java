package org.complaintledger.personaldata;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a record type (an event, or a value inside one) holds {@link PersonalData} and where it names its
 * {@link DataSubjectId}, found once per type by reflection over record components. Readers of the stored form name
 * each part by its component name, which is also its JSON property name.
 */
public final class PersonalDataShape {

    /** A component holding personal data, or leading to some. */
    public sealed interface Part permits Text, Texts, Nested, NestedList {
    }

    /** A marked {@code String}. */
    public record Text() implements Part {
    }

    /** A marked {@code List<String>}: every element is personal data. */
    public record Texts() implements Part {
    }

    /** A record whose own components hold personal data. */
    public record Nested(PersonalDataShape shape) implements Part {
    }

    /** A list of records whose components hold personal data. */
    public record NestedList(PersonalDataShape shape) implements Part {
    }

    private static final PersonalDataShape NONE = new PersonalDataShape(Map.of(), List.of(), List.of());

    /** The types being derived on this thread, so a type that contains itself is refused rather than overflow. */
    private static final ThreadLocal<Set<Class<?>>> DERIVING = ThreadLocal.withInitial(HashSet::new);

    private static final ClassValue<PersonalDataShape> SHAPES = new ClassValue<>() {
        @Override
        protected PersonalDataShape computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return NONE;
            }
            if (!DERIVING.get().add(type)) {
                throw new IllegalArgumentException(type.getName() + " contains itself: the ledger cannot tell "
                        + "where its personal data ends");
            }
            try {
                return derive(type);
            } finally {
                DERIVING.get().remove(type);
            }
        }
    };

    private final Map<String, Part> parts;
    private final List<String> subjectPath;
    private final List<String> unclassifiedText;

    private PersonalDataShape(Map<String, Part> parts, List<String> subjectPath, List<String> unclassifiedText) {
        this.parts = Collections.unmodifiableMap(parts);
        this.subjectPath = List.copyOf(subjectPath);
        this.unclassifiedText = List.copyOf(unclassifiedText);
    }

    /** The shape of {@code type}; a type that is not a record holds no personal data the ledger knows of. */
    public static PersonalDataShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The components holding personal data, by name, in declaration order; nested ones only if they hold some. */
    public Map<String, Part> parts() {
        return parts;
    }

    public boolean holdsPersonalData() {
        return !parts.isEmpty();
    }

    /** The component names leading to the {@link DataSubjectId}, e.g. {@code [dataSubjectId]}; empty if none. */
    public List<String> subjectPath() {
        return subjectPath;
    }

    /**
     * Every text component ({@code String} or {@code List<String>}) reachable from this type that is not marked
     * {@link PersonalData}, as {@code Type.component}: each must be known not to be personal data.
     */
    public List<String> unclassifiedText() {
        return unclassifiedText;
    }

    private static PersonalDataShape derive(Class<?> type) {
        Map<String, Part> parts = new LinkedHashMap<>();
        List<String> subjectPath = new ArrayList<>();
        List<String> unclassified = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            boolean marked = component.isAnnotationPresent(PersonalData.class);
            Class<?> raw = component.getType();
            Class<?> element = raw == List.class ? elementType(component) : null;
            if (raw == String.class || element == String.class) {
                if (marked) {
                    parts.put(name, raw == String.class ? new Text() : new Texts());
                } else {
                    unclassified.add(type.getSimpleName() + "." + name);
                }
            } else if (raw.isRecord() || (element != null && element.isRecord())) {
                PersonalDataShape inner = of(element == null ? raw : element);
                if (inner.holdsPersonalData()) {
                    parts.put(name, element == null ? new Nested(inner) : new NestedList(inner));
                }
                unclassified.addAll(inner.unclassifiedText);
                if (element == null && subjectPath.isEmpty() && !inner.subjectPath.isEmpty()) {
                    subjectPath.add(name);
                    subjectPath.addAll(inner.subjectPath);
                }
            } else if (marked) {
                throw new IllegalArgumentException("@PersonalData on " + type.getName() + "." + name + ": only String, "
                        + "List<String>, records and lists of records can hold personal data");
            }
            if (component.isAnnotationPresent(DataSubjectId.class) && subjectPath.isEmpty()) {
                if (raw != String.class) {
                    throw new IllegalArgumentException("@DataSubjectId on " + type.getName() + "." + name
                            + " must be a String");
                }
                subjectPath.add(name);
            }
        }
        return parts.isEmpty() && subjectPath.isEmpty() && unclassified.isEmpty()
                ? NONE : new PersonalDataShape(parts, subjectPath, unclassified);
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }
}
