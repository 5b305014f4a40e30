package org.filmclub.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Input that a service refused, with one message per field that a form can show beside it. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    static InvalidInputException from(Set<? extends ConstraintViolation<?>> violations) {
        var errors = new LinkedHashMap<String, String>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) ->
                                v.getPropertyPath().toString())
                        .thenComparingInt(InvalidInputException::priority))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return new InvalidInputException(errors);
    }

    /** "Missing" says more than "too short" when a field breaks both rules. */
    private static int priority(ConstraintViolation<?> violation) {
        var rule = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return rule == NotNull.class || rule == NotBlank.class || rule == NotEmpty.class ? 0 : 1;
    }

    /** The same refusal said of one part of something larger, such as one film of an imported file. */
    public InvalidInputException about(String part) {
        return of("file", part + ": " + getMessage());
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
