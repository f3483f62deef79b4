package se.samordna.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer) of a legal person: ten digits, written {@code NNNNNN-NNNN} or
 * without the hyphen, the third at least 2, whose last digit is the Luhn check digit of the first nine. The third
 * digit is what tells it from a personal identity number (a month, 0 or 1 there), which would be personal data shown
 * to every member of the county, and from nonsense such as {@code 000000-0000}, which passes the check digit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Constraint(validatedBy = OrganisationNumber.Validator.class)
public @interface OrganisationNumber {

    String message() default "must be a Swedish organisation number: ten digits (NNNNNN-NNNN), the third at least 2 (a "
            + "personal identity number is not one), with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the form and the Luhn check digit; null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<OrganisationNumber, String> {

        private static final Pattern FORM = Pattern.compile("\\d{6}-?\\d{4}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        static boolean isValid(String value) {
            return FORM.matcher(value).matches() && value.charAt(2) >= '2' && luhn(digits(value));
        }

        static String digits(String value) {
            return value.replace("-", "");
        }

        private static boolean luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(i) - '0';
                if (i % 2 == 0) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            return sum % 10 == 0;
        }

        /** The form stored and answered: {@code NNNNNN-NNNN}. */
        static String normalise(String value) {
            if (value == null) {
                return null;
            }
            String digits = digits(value);
            return digits.substring(0, 6) + "-" + digits.substring(6);
        }
    }
}
