package se.samordna.testing;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * The display name of a test in {@link CountyResourceContract}, with the resource filled in: {@code {kalmar}} and
 * {@code {blekinge}} become its collection in those counties ({@code /counties/08/organisations}), {@code {noun}}
 * one object of it ({@code organisation}), {@code {name}} the field lists sort by. {@code @DisplayName} cannot do this: its text is fixed where the test is
 * declared, once for every resource.
 */
@Documented
@Retention(RUNTIME)
@Target(ElementType.METHOD)
public @interface ContractDisplayName {

    String value();

    /**
     * Fills in the names for the test class that extends the contract, which JUnit gives as the outermost enclosing
     * instance type of a {@code @Nested} class declared in the contract.
     */
    final class Generator extends DisplayNameGenerator.Standard {

        @Override
        public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                Method testMethod) {
            ContractDisplayName name = testMethod.getAnnotation(ContractDisplayName.class);
            if (name == null) {
                return super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
            }
            Class<?> resourceTest = enclosingInstanceTypes.isEmpty() ? testClass : enclosingInstanceTypes.getFirst();
            return CountyResourceContract.fillIn(name.value(), CountyResourceContract.resourceOf(resourceTest));
        }
    }
}
