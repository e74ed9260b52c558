package org.complaintledger.personaldata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The personal-data shape of a stored payload type, by the class name the event store keeps. */
final class PayloadTypes {

    private final Map<String, PersonalDataShape> shapes = new ConcurrentHashMap<>();
    private final ClassLoader classLoader;

    PayloadTypes(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** A type this application does not know holds no personal data it could seal or open. */
    PersonalDataShape shapeOf(String payloadType) {
        return shapes.computeIfAbsent(payloadType, name -> {
            try {
                return PersonalDataShape.of(Class.forName(name, false, classLoader));
            } catch (ClassNotFoundException e) {
                return PersonalDataShape.of(Object.class);
            }
        });
    }
}
