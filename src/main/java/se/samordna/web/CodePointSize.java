package se.samordna.web;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @Size} on text counts characters as the spec's {@code maxLength} (JSON Schema) and PostgreSQL count them:
 * code points. Bean Validation's own validator counts UTF-16 units, so a name of 101 emoji (202 units) was refused
 * under a limit of 200 that the spec promises. Collections keep Hibernate Validator's validators; for a
 * {@code String} this one is the more specific and is chosen.
 */
@ApplicationScoped
public class CodePointSize implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(ForString.class);
        configuration.addMapping(mapping);
    }

    /** The validator of {@code @Size} on a {@code String}. */
    public static final class ForString implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            int length = text.codePointCount(0, text.length());
            return length >= min && length <= max;
        }
    }
}
