package se.samordna.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every answer the test suite receives from the API against the committed {@code openapi/openapi.yaml}, so
 * that the spec cannot lie about what the API returns: the status is one the operation lists, the media type one it
 * declares for that status, a JSON body validates against the declared schema (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1, formats asserted), and an {@code ETag}, {@code Location}, {@code Retry-After} or {@code X-Request-Id} header is one the
 * response declares, as is every header the spec marks required.
 *
 * <p>Requests are not checked: the suite sends bad requests on purpose. A request to a path the spec does not have
 * (Keycloak, health, the documentation pages, deliberately unknown paths) is not checked either; a method a path
 * does not offer must answer the spec's shared 405 problem.
 *
 * <p>Installed for every test by {@link SpecConformanceCallback}, a RestAssured filter; {@code swagger-request-
 * validator} does not read OpenAPI 3.1, hence this small validator on a JSON Schema 2020-12 library.
 */
public final class SpecConformance implements Filter {

    /** Response headers a client must be able to read from the spec whenever the API sends them. */
    private static final List<String> DECLARED_HEADERS = List.of("ETag", "Location", "Retry-After", "X-Request-Id");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** To survey the faults of a whole run instead of failing on the first: a file to write them to. */
    private static final String REPORT = System.getenv("SAMORDNA_SPEC_CONFORMANCE_REPORT");
    private static volatile SpecConformance instance;

    private final JsonNode spec;
    private final JsonNode components;
    private final List<Template> templates = new ArrayList<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    private SpecConformance(JsonNode spec) {
        this.spec = spec;
        this.components = spec.path("components");
        for (Iterator<String> it = spec.path("paths").fieldNames(); it.hasNext();) {
            String path = it.next();
            String regex = Pattern.compile("\\{[^}/]+}").matcher(Pattern.quote(path))
                    .replaceAll(m -> "\\\\E[^/]+\\\\Q");
            int literals = path.replaceAll("\\{[^}/]+}", "").length();
            templates.add(new Template(path, Pattern.compile(regex), literals));
        }
        // the most literal template wins: /surveys/{id}/responses.csv before /surveys/{id}/responses/{responseId}
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    /** The one validator of the run, reading the committed spec. */
    public static SpecConformance instance() {
        if (instance == null) {
            synchronized (SpecConformance.class) {
                if (instance == null) {
                    try {
                        instance = new SpecConformance(
                                new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("openapi/openapi.yaml is the spec the answers are checked against", e);
                    }
                }
            }
        }
        return instance;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (outsideTheContract(request, response)) {
            return response;
        }
        List<String> faults = check(request.getMethod(), URI.create(request.getURI()).getRawPath(), response);
        if (!faults.isEmpty() && REPORT != null) {
            synchronized (SpecConformance.class) {
                try {
                    java.nio.file.Files.writeString(Path.of(REPORT), request.getMethod() + " "
                            + URI.create(request.getURI()).getRawPath() + " " + response.getStatusCode() + "\n  - "
                            + String.join("\n  - ", faults) + "\n", java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } else if (!faults.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + URI.create(request.getURI()).getRawPath()
                    + " (" + response.getStatusCode() + ") breaks openapi/openapi.yaml:\n  - " + String.join("\n  - ", faults)
                    + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * CORS is answered by the HTTP layer before the API, for browsers, as the README describes: a preflight (OPTIONS)
     * and a request from an origin the allow-list refuses (403 without Access-Control-Allow-Origin).
     */
    private static boolean outsideTheContract(FilterableRequestSpecification request, Response response) {
        return "OPTIONS".equalsIgnoreCase(request.getMethod())
                || request.getHeaders().hasHeaderWithName("Origin") && response.getStatusCode() == 403
                        && response.getHeader("Access-Control-Allow-Origin") == null;
    }

    /** What is wrong with this answer according to the spec; empty when it conforms or the spec has no such path. */
    List<String> check(String method, String rawPath, Response response) {
        Template template = templates.stream().filter(t -> t.pattern.matcher(rawPath).matches()).findFirst().orElse(null);
        if (template == null) {
            return List.of();
        }
        List<String> faults = new ArrayList<>();
        JsonNode operation = spec.path("paths").path(template.path).path(method.toLowerCase(Locale.ROOT));
        int status = response.getStatusCode();
        JsonNode declared;
        if (operation.isMissingNode()) {
            if (status != 405 && status != 401) {
                faults.add(method + " is no operation of " + template.path + ", yet answered " + status + " (405 expected)");
                return faults;
            }
            declared = resolve(components.path("responses").path("MethodNotAllowed"));
        } else {
            declared = operation.path("responses").path(String.valueOf(status));
            if (declared.isMissingNode()) {
                declared = operation.path("responses").path("default");
            }
            if (declared.isMissingNode()) {
                faults.add("status " + status + " is not listed for " + method + " " + template.path);
                return faults;
            }
            declared = resolve(declared);
        }
        checkHeaders(declared, response, faults);
        checkBody(template.path + " " + method + " " + status, declared, response, faults);
        return faults;
    }

    private void checkHeaders(JsonNode declared, Response response, List<String> faults) {
        JsonNode headers = declared.path("headers");
        for (String header : DECLARED_HEADERS) {
            if (response.getHeader(header) != null && !hasField(headers, header)) {
                faults.add("header " + header + " is sent but not declared");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (resolve(entry.getValue()).path("required").asBoolean(false) && response.getHeader(entry.getKey()) == null) {
                faults.add("required header " + entry.getKey() + " is missing");
            }
        }
    }

    private void checkBody(String key, JsonNode declared, Response response, List<String> faults) {
        byte[] body = response.asByteArray();
        JsonNode content = declared.path("content");
        if (body.length == 0) {
            return;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            faults.add("a body is sent but the response declares none");
            return;
        }
        String contentType = response.getContentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String match = null;
        for (Iterator<String> it = content.fieldNames(); it.hasNext();) {
            String candidate = it.next();
            if (candidate.split(";")[0].strip().equalsIgnoreCase(mediaType)) {
                match = candidate;
            }
        }
        if (match == null) {
            faults.add("media type " + contentType + " is not one of " + iterable(content.fieldNames()));
            return;
        }
        if (!mediaType.endsWith("json")) {
            return;
        }
        JsonNode schema = content.path(match).path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            faults.add("the body is not JSON: " + e.getMessage());
            return;
        }
        JsonSchema validator = schemas.computeIfAbsent(key + " " + match, k -> compile(schema));
        Set<ValidationMessage> messages = validator.validate(value);
        messages.stream().map(ValidationMessage::getMessage).sorted().limit(10).forEach(faults::add);
    }

    /** A schema of the spec, with the spec's components beside it so that its $refs resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", components);
        return factory.getSchema(root, config);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = spec.at(ref.substring(1));
        }
        return current;
    }

    private static boolean hasField(JsonNode node, String name) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            if (it.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
