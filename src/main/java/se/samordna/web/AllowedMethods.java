package se.samordna.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The methods each path of the API answers, read once from the resource classes' annotations. RFC 9110 requires
 * a 405 to name them in {@code Allow}; Quarkus REST sends a 405 without it, and answers 404 instead of 405 when
 * a second resource class shares the path's prefix (a PATCH of {@code /counties/08/organisations} falls through
 * to the class of {@code /counties/{cc}}, which knows no {@code /organisations}).
 */
@ApplicationScoped
public class AllowedMethods {

    /** A JAX-RS path parameter, {@code {name}} or {@code {name: regex}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*[\\w.-]+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes;

    AllowedMethods(BeanManager beans) {
        this.routes = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .flatMap(AllowedMethods::routesOf)
                .toList();
    }

    /**
     * The methods that a path relative to the API root (such as {@code counties/08}) answers, HEAD with GET and
     * OPTIONS always; empty when no operation has this path.
     */
    public Set<String> of(String path) {
        String normalised = normalise(path);
        Set<String> methods = new TreeSet<>();
        routes.stream().filter(r -> r.path().matcher(normalised).matches()).forEach(r -> methods.add(r.method()));
        if (methods.isEmpty()) {
            return methods;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return methods;
    }

    private static Stream<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getMethods()).flatMap(method -> httpMethodsOf(method)
                .map(http -> new Route(compile(base, method.getAnnotation(Path.class)), http)));
    }

    private static Stream<String> httpMethodsOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value());
    }

    private static Pattern compile(String base, Path sub) {
        String template = normalise(sub == null ? base : base + "/" + sub.value());
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).trim() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String normalise(String path) {
        return Arrays.stream(path.split("/+")).filter(s -> !s.isEmpty()).collect(Collectors.joining("/"));
    }
}
