package dev.pms.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Says in words what is wrong with a JSON body that could not be read, without echoing parser internals. */
final class JsonErrors {
    private JsonErrors() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = firstJacksonCause(e);
        if (cause instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + expected(invalid.getTargetType()) + " for " + path(invalid);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return "Wrong type for " + path(mismatch) + ": expected " + expected(mismatch.getTargetType());
        }
        if (cause instanceof StreamReadException) {
            return "The body is not well-formed JSON";
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return "Invalid value for " + path(jackson);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "A JSON body is required";
        }
        return "The body could not be read as the expected JSON";
    }

    private static Throwable firstJacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return e;
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "the body" : "'" + path.replace(".[", "[") + "'";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value (one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "UUID" -> "id";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "String" -> "string";
            case "Boolean", "boolean" -> "boolean";
            default -> type.getSimpleName();
        };
    }
}
