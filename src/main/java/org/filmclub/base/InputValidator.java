package org.filmclub.base;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Checks a service's input record against its Bean Validation rules before anything is written. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInputException.from(violations);
        }
        return input;
    }

    /** Checks only these properties of the input, for a record whose other fields do not apply. */
    public <T> T check(T input, String... properties) {
        var violations = new java.util.LinkedHashSet<jakarta.validation.ConstraintViolation<T>>();
        for (var property : properties) {
            violations.addAll(validator.validateProperty(input, property));
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.from(violations);
        }
        return input;
    }
}
