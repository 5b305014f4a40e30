package org.filmclub.base;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * At most {@link #value} characters, like {@code @Size(max)}, refused with a message that also says how
 * long the text is: {@link #message} is a {@link String#format} pattern given the limit, then the length,
 * such as {@code "A question can be at most %d characters; this one has %d."}. A null text passes.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MaxLength {

    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxLength, CharSequence> {

        private int max;
        private String format;

        @Override
        public void initialize(MaxLength rule) {
            max = rule.value();
            format = rule.message();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null || text.length() <= max) {
                return true;
            }
            var message = String.format(format, max, text.length());
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
            return false;
        }

        /** The message as it is: a template would read braces and dollar signs as parameters. */
        private static String literal(String message) {
            return message.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}
