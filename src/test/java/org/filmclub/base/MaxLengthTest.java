package org.filmclub.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The length rule whose refusal says how long the text is. */
class MaxLengthTest {

    record Note(@MaxLength(value = 5, message = "At most %d characters; this one has %d.") String text) {}

    record Priced(@MaxLength(value = 3, message = "{not a parameter} costs $%d, not \\%d") String text) {}

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void text_up_to_the_limit_and_no_text_pass() {
        assertThat(validator.validate(new Note("12345"))).isEmpty();
        assertThat(validator.validate(new Note(""))).isEmpty();
        assertThat(validator.validate(new Note(null))).isEmpty();
    }

    @Test
    void longer_text_is_refused_with_the_limit_and_its_length() {
        assertThat(validator.validate(new Note("123456"))).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("text");
            assertThat(v.getMessage()).isEqualTo("At most 5 characters; this one has 6.");
        });
    }

    @Test
    void the_message_is_shown_as_written_even_with_braces_and_dollar_signs() {
        assertThat(validator.validate(new Priced("1234"))).singleElement().satisfies(v -> assertThat(v.getMessage())
                .isEqualTo("{not a parameter} costs $3, not \\4"));
    }
}
