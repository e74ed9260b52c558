package org.complaintledger.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON reading of command bodies: what a field does not take is refused, never converted or dropped. A misspelt
 * field silently ignored would change what goes on the record; 12 is no description (nor a date, nor a channel),
 * "10" no count, 1.5 no number of days, and a number no date-time (Jackson would read it as seconds since 1970).
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper mapper(JsonMapper base) {
        return base.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, only(CoercionInputShape.String))
                .withCoercionConfig(LogicalType.Integer, only(CoercionInputShape.Integer))
                .withCoercionConfig(LogicalType.Float, only(CoercionInputShape.Float, CoercionInputShape.Integer))
                .withCoercionConfig(LogicalType.Boolean, only(CoercionInputShape.Boolean))
                .addModule(new SimpleModule("strict-date-times").addDeserializer(Instant.class, new InstantText()))
                .build();
    }

    /** Scalars of the other shapes fail rather than being converted. */
    private static Consumer<MutableCoercionConfig> only(CoercionInputShape... accepted) {
        Set<CoercionInputShape> kept = Set.of(accepted);
        return config -> Stream.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                        CoercionInputShape.String)
                .filter(shape -> !kept.contains(shape))
                .forEach(shape -> config.setCoercion(shape, CoercionAction.Fail));
    }

    /** An instant only as ISO-8601 text with an offset ({@code Z} included). */
    private static final class InstantText extends StdScalarDeserializer<Instant> {

        InstantText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString();
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a date-time with offset");
            }
        }
    }
}
