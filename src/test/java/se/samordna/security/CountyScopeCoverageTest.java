package se.samordna.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation on a {@code /counties/{cc}} path says who may use it, so that the county scope filter decides
 * it: a new resource that forgets the annotation fails here, not only at run time (where the filter refuses it).
 */
@QuarkusTest
class CountyScopeCoverageTest {

    @Inject
    BeanManager beans;

    @Test
    @DisplayName("every operation under /counties/{cc} is @CountyScoped or @OpenToAllCounties")
    void shouldScopeEveryCountyOperation() {
        List<String> countyOperations = new ArrayList<>();
        List<String> unscoped = new ArrayList<>();
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(resource -> Arrays.stream(resource.getMethods())
                        .filter(CountyScopeCoverageTest::isOperation)
                        .filter(method -> pathOf(resource, method).contains("{cc}"))
                        .forEach(method -> {
                            String name = resource.getSimpleName() + "." + method.getName();
                            countyOperations.add(name);
                            if (!declares(resource, method)) {
                                unscoped.add(name);
                            }
                        }));
        assertTrue(countyOperations.size() >= 16, "found only " + countyOperations);
        assertEquals(List.of(), unscoped, "county operations without a scope annotation");
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String pathOf(Class<?> resource, Method method) {
        Path sub = method.getAnnotation(Path.class);
        return resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value());
    }

    private static boolean declares(Class<?> resource, Method method) {
        return method.isAnnotationPresent(CountyScoped.class) || method.isAnnotationPresent(OpenToAllCounties.class)
                || resource.isAnnotationPresent(CountyScoped.class)
                || resource.isAnnotationPresent(OpenToAllCounties.class);
    }
}
