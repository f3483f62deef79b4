package se.samordna.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation the problem responses that the shared mechanisms give (authentication, county scope,
 * validation, versions), so that each status an operation can return is documented once, in one place, with
 * the problem schema and an example.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentation implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Per status: when it happens, the problem type's slug, its title, an example detail. */
    private static final Map<String, String[]> STANDARD = Map.ofEntries(
            Map.entry("400", new String[] { "Bad input: a malformed county code, query parameter or body",
                    "validation", "Invalid request", "The request has 1 invalid field" }),
            Map.entry("401", new String[] { "No token, or an invalid or expired one", "unauthorized",
                    "Unauthorized", "A valid bearer token is required" }),
            Map.entry("403", new String[] { "The caller holds no role in this county that allows the operation",
                    "forbidden", "Forbidden", "Your role in county 08 does not allow this operation" }),
            Map.entry("404", new String[] { "No such county, or no such object in this county", "not-found",
                    "Not found", "Organisation 3f1c2a9e-8d2b-4a57-9c1e-6b0f4d2e7a11 was not found" }),
            Map.entry("405", new String[] { "The path does not offer this method; Allow names those it offers",
                    "method-not-allowed", "Method Not Allowed",
                    "This path does not support the method PUT; allowed: GET, HEAD, OPTIONS, POST" }),
            Map.entry("406", new String[] { "The client accepts no JSON", "not-acceptable", "Not Acceptable",
                    "This operation answers only application/json" }),
            Map.entry("409", new String[] { "The change conflicts with other data", "conflict", "Conflict",
                    "The change conflicts with other data (it is referred to, or refers to something missing)" }),
            Map.entry("412", new String[] { "If-Match names a version that is no longer current", "stale-version",
                    "Precondition failed",
                    "The object was changed by someone else: its current version is 3. Read it again and repeat your change." }),
            Map.entry("415", new String[] { "The body is not JSON", "unsupported-media-type",
                    "Unsupported Media Type", "Send the request body as application/json" }),
            Map.entry("428", new String[] { "If-Match is missing", "if-match-required", "Precondition required",
                    "Send the ETag of the version you changed in an If-Match header" }),
            Map.entry("500", new String[] { "Unexpected failure; nothing was changed", "internal", "Internal error",
                    "Something went wrong on our side. Nothing was changed; try again, and tell us if it persists." }));

    /**
     * The standard problem answers that operations share, declared once in components/responses under these names
     * and referred to by every operation that gives them no text of its own: the same answer repeated inline in each
     * of the 88 operations made up 40 % of the document, which the service prepares at every start.
     */
    private static final Map<String, String> SHARED_PROBLEMS = Map.ofEntries(Map.entry("400", "BadRequest"),
            Map.entry("401", "Unauthorized"), Map.entry("403", "Forbidden"), Map.entry("404", "NotFound"),
            Map.entry("406", "NotAcceptable"), Map.entry("409", "Conflict"), Map.entry("412", "PreconditionFailed"),
            Map.entry("415", "UnsupportedMediaType"), Map.entry("428", "PreconditionRequired"),
            Map.entry("500", "InternalError"));

    /** The OpenAPI extension by which reference-data operations say they are open to every county. */
    public static final String OPEN_TO_ALL_COUNTIES = "x-open-to-all-counties";

    /**
     * Marks an operation of {@code CountyResourceEndpoint}, shared by every county resource (get, create, replace,
     * patch, delete, history): it is documented from the extensions of its resource's {@code @Tag} below.
     */
    public static final String SHARED_OPERATION = "x-shared-operation";
    /** On a resource's tag: one of its objects, such as "an organisation", put for {@code {one}} in summaries. */
    public static final String ONE = "x-one";
    /** On a resource's tag: an example of the object as answered (JSON). */
    public static final String EXAMPLE = "x-example";
    /** On a resource's tag: an example of what a client writes to create or replace one (JSON). */
    public static final String WRITE_EXAMPLE = "x-write-example";
    /** On a resource's tag: an example merge patch (JSON). */
    public static final String PATCH_EXAMPLE = "x-patch-example";
    /** On a resource's tag: what its delete does beyond removing the object. */
    public static final String DELETE_NOTE = "x-delete-note";
    /** On a resource's tag: when its delete is refused with 409 (absent: never). */
    public static final String DELETE_CONFLICT = "x-delete-conflict";
    /**
     * On a resource's tag: when its create, replace and patch are refused with 409 by its own rules, such as a
     * status that may not move so (absent: a replace and a patch only by the standard conflicts with other data).
     */
    public static final String WRITE_CONFLICT = "x-write-conflict";
    /**
     * On an operation answering a generic type ({@code Page<SupportRequestView>}): the example of its success answer.
     * An {@code @APIResponse} with content would lose the schema the scanner derives from the return type.
     */
    public static final String ANSWER_EXAMPLE = "x-answer-example";
    /**
     * On an operation of a family's own (not a shared one) whose success answer is one versioned object with its
     * ETag, and for a 201 its Location: the filter declares those headers.
     */
    public static final String VERSIONED_ANSWER = "x-versioned-answer";
    /**
     * On an operation that costs the service much: its kind of rate limit ({@link RateLimits.Bucket}, such as
     * "exports"). {@link RateLimits} limits the operation by this mark and the filter documents its 429.
     */
    public static final String RATE_LIMITED = "x-rate-limited";
    /** On a resource's tag: what its history shows beyond every version. */
    public static final String HISTORY_NOTE = "x-history-note";

    private static final List<String> TAG_EXTENSIONS = List.of(ONE, EXAMPLE, WRITE_EXAMPLE, PATCH_EXAMPLE,
            DELETE_NOTE, DELETE_CONFLICT, WRITE_CONFLICT, HISTORY_NOTE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().stream().filter(tag -> tag.getExtensions() != null).forEach(tag -> {
                resources.put(tag.getName(), new LinkedHashMap<>(tag.getExtensions()));
                TAG_EXTENSIONS.forEach(tag::removeExtension);
                if (tag.getExtensions() != null && tag.getExtensions().isEmpty()) {
                    tag.setExtensions(null);
                }
            });
        }
        Set<String> importable = importableResources(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    // every operation of the API needs a bearer token (all resources are @Authenticated); say so
                    // also for those inherited from a shared base class, which the scanner leaves without it
                    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
                    }
                    describeShared(openAPI, path, operation, resources, importable);
                    addAnswerExample(path, method, operation);
                    declareVersionedAnswer(operation);
                }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> document(path, method, operation));
            documentMethodsNotOffered(item);
        });
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        new TreeMap<>(SHARED_PROBLEMS).forEach((status, name) -> openAPI.getComponents()
                .addResponse(name, problemResponse(status, STANDARD.get(status))));
        openAPI.getComponents().addResponse(METHOD_NOT_ALLOWED, problemResponse("405", STANDARD.get("405")));
        openAPI.getComponents().addResponse(SERVICE_UNAVAILABLE, serviceUnavailable());
        openAPI.getComponents().addResponse(URI_TOO_LONG, problemResponse("414", new String[] {
                "The path and query are longer than " + RequestLimits.MAX_URI_LENGTH + " characters", "uri-too-long",
                "URI Too Long", "The request's path and query are longer than " + RequestLimits.MAX_URI_LENGTH
                        + " characters: send fewer or shorter query parameters" }));
        openAPI.getComponents().addResponse(HEADERS_TOO_LARGE, problemResponse("431", new String[] {
                "The request's headers are larger than " + RequestLimits.MAX_HEADER_BYTES + " bytes together",
                "request-header-fields-too-large", "Request Header Fields Too Large",
                "The request's headers are larger than " + RequestLimits.MAX_HEADER_BYTES + " bytes together" }));
        requireOperationIds(openAPI);
        requireAnswerSchemas(openAPI);
        declarePathParameters(openAPI);
        boundByFormat(openAPI);
        declareRequestId(openAPI);
        dropMarkers(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This API itself: the document's own host (production behind https; local development on http://localhost:8080)")
                .addExtension("x-internal", false)));
    }

    /**
     * Every path parameter declared on every operation: the shared operations read {cc} and {id} in the scope filter
     * and their base class, where the scanner does not see them, yet a generated client needs them.
     */
    private static void declarePathParameters(OpenAPI openAPI) {
        java.util.regex.Pattern template = java.util.regex.Pattern.compile("\\{([^}/]+)}");
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            java.util.Set<String> onPath = new java.util.HashSet<>();
            if (item.getParameters() != null) {
                item.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(p -> onPath.add(p.getName()));
            }
            item.getOperations().values().forEach(operation -> {
                java.util.Set<String> declared = new java.util.HashSet<>(onPath);
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                            .forEach(p -> declared.add(p.getName()));
                }
                java.util.regex.Matcher names = template.matcher(path);
                while (names.find()) {
                    String name = names.group(1);
                    if (!declared.contains(name)) {
                        operation.addParameter(pathParameter(name));
                    }
                }
            });
        });
    }

    /**
     * The bounds of the parameters every list or write shares, stated once by name: the county code, the text
     * search (TextSearch enforces its length) and the version headers (a longer one matches no version: 412).
     */
    private static void boundSharedParameter(Parameter parameter) {
        org.eclipse.microprofile.openapi.models.media.Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        switch (parameter.getName()) {
            case "cc" -> schema.pattern("^[0-9]{2}$").minLength(2).maxLength(2);
            case "q" -> schema.maxLength(se.samordna.county.TextSearch.MAX_LENGTH);
            // longer than any value the API takes: a municipality code, a sort order, a resource type
            case "municipalityCode" -> schema.maxLength(4);
            case "sort" -> schema.maxLength(100);
            case "resourceType" -> schema.maxLength(40);
            case "If-Match", "If-None-Match" -> schema.maxLength(24);
            default -> {
            }
        }
    }

    private static Parameter pathParameter(String name) {
        Parameter parameter = OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true);
        org.eclipse.microprofile.openapi.models.media.Schema schema = OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        if ("cc".equals(name)) {
            return parameter.description("Two-digit SCB county code").example("08")
                    .schema(schema.pattern("^[0-9]{2}$").minLength(2).maxLength(2));
        }
        return parameter.description("Id of the object").schema(schema.format("uuid").maxLength(36));
    }

    /**
     * The method name a generated client gives a shared operation: the verb and the object's name, {@code getNetwork},
     * {@code patchSurveyResponse}, {@code getContactHistory}.
     */
    static String operationId(String shared, String one) {
        StringBuilder noun = new StringBuilder();
        String[] words = one.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i == 0 && List.of("a", "an", "the").contains(words[i])) {
                continue;
            }
            noun.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return "history".equals(shared) ? "get" + noun + "History" : shared + noun;
    }

    private static void declareVersionedAnswer(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(VERSIONED_ANSWER)) {
            return;
        }
        dropExtension(operation, VERSIONED_ANSWER);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            dropExtension(response, VERSIONED_ANSWER);
            if ("200".equals(status) || "201".equals(status)) {
                declareVersionHeaders(response, "201".equals(status));
            }
        });
        if (operation.getRequestBody() != null) {
            dropExtension(operation.getRequestBody(), VERSIONED_ANSWER);
        }
    }

    private static void addAnswerExample(String path, PathItem.HttpMethod method, Operation operation) {
        Object example = operation.getExtensions() == null ? null : operation.getExtensions().get(ANSWER_EXAMPLE);
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> dropExtension(response, ANSWER_EXAMPLE));
        }
        if (operation.getRequestBody() != null) {
            dropExtension(operation.getRequestBody(), ANSWER_EXAMPLE);
        }
        if (example == null) {
            return;
        }
        dropExtension(operation, ANSWER_EXAMPLE);
        APIResponse answer = operation.getResponses().getAPIResponse("200");
        MediaType json = answer == null || answer.getContent() == null ? null
                : answer.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            throw new IllegalStateException(method + " " + path + " has an answer example but no JSON 200 answer");
        }
        json.addExample("example", OASFactory.createExample().value(example));
    }

    /** The pattern of a text that must not be blank: a character other than white space, anywhere. */
    private static final String NOT_BLANK = "\\S";

    private static final Map<String, Integer> LENGTH_OF_FORMAT = Map.of("uuid", 36, "date", 10,
            // 2026-03-29T01:59:59.999999999+01:00
            "date-time", 35, "email", 254, "uri", 2048);

    /**
     * Bounds that follow from a value's format, written into every schema that does not state its own, so that every
     * string, integer and array of the spec is bounded as generated clients and gateways expect: a UUID, date,
     * instant, e-mail address or URI is at most as long as its longest form; an integer without a stated format is
     * an int64, and no integer of this API is negative. Other strings and arrays state their own limits (@Size on
     * what clients write, which Hibernate Validator enforces).
     */
    private static void boundByFormat(OpenAPI openAPI) {
        java.util.function.Consumer<org.eclipse.microprofile.openapi.models.media.Schema> bound = new java.util.function.Consumer<>() {
            @Override
            public void accept(org.eclipse.microprofile.openapi.models.media.Schema schema) {
                if (schema == null) {
                    return;
                }
                // a schema that lists alternatives (anyOf) states no type of its own: the alternatives do. The scanner
                // adds one (the Java class's "object", or a nullable reference's "string, null") that says less
                if (schema.getAnyOf() != null && schema.getProperties() == null && schema.getType() != null) {
                    schema.setType(null);
                }
                List<org.eclipse.microprofile.openapi.models.media.Schema.SchemaType> types = schema.getType();
                if (types != null && types.contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        && schema.getMaxLength() == null && schema.getEnumeration() == null && schema.getFormat() != null
                        && LENGTH_OF_FORMAT.containsKey(schema.getFormat())) {
                    schema.setMaxLength(LENGTH_OF_FORMAT.get(schema.getFormat()));
                }
                // the server matches a pattern against the whole value (Bean Validation, a UUID parsed), a JSON
                // Schema pattern anywhere in it: anchored, the spec refuses what the server refuses (the scanner's
                // UUID pattern is not). "\S", the not-blank rule, means "anywhere" and stays as it is
                String pattern = schema.getPattern();
                if (pattern != null && !NOT_BLANK.equals(pattern) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                    schema.setPattern("^(?:" + pattern + ")$");
                }
                if (types != null && types.contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)) {
                    if (schema.getFormat() == null) {
                        schema.setFormat(schema.getMaximum() != null
                                && schema.getMaximum().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? "int32" : "int64");
                    }
                    if (schema.getMinimum() == null) {
                        schema.setMinimum(java.math.BigDecimal.ZERO);
                    }
                    if (schema.getMaximum() == null) {
                        schema.setMaximum(java.math.BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
                    }
                }
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                accept(schema.getItems());
                accept(schema.getAdditionalPropertiesSchema());
                if (schema.getAnyOf() != null) {
                    schema.getAnyOf().forEach(this);
                }
                if (schema.getOneOf() != null) {
                    schema.getOneOf().forEach(this);
                }
                if (schema.getAllOf() != null) {
                    schema.getAllOf().forEach(this);
                }
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(bound);
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> {
                    boundSharedParameter(parameter);
                    bound.accept(parameter.getSchema());
                });
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> {
                        boundSharedParameter(parameter);
                        bound.accept(parameter.getSchema());
                    });
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> bound.accept(media.getSchema()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            response.getContent().getMediaTypes().forEach((type, media) -> {
                                // an export (CSV, iCalendar) is a whole file, as long as the county's data: its media
                                // type and example describe it; a "string" schema would ask for a length it has not
                                if (type.startsWith("text/csv") || type.startsWith("text/calendar")) {
                                    media.setSchema(null);
                                }
                                bound.accept(media.getSchema());
                            });
                        }
                        if (response.getHeaders() != null) {
                            response.getHeaders().forEach((name, header) -> {
                                if ("ETag".equals(name) && header.getSchema() != null && header.getSchema().getMaxLength() == null) {
                                    header.getSchema().setMaxLength(24);
                                }
                                bound.accept(header.getSchema());
                            });
                        }
                    });
                }
            });
        });
    }

    /** Every JSON success answer names its schema: a generated client cannot type an answer without one. */
    private static void requireAnswerSchemas(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                MediaType json = response.getContent() == null ? null
                        : response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                if (status.startsWith("2") && json != null && json.getSchema() == null) {
                    throw new IllegalStateException(method + " " + path + " answers " + status + " JSON without a schema:"
                            + " give its @Content a schema, or put the example in @Extension(name = ANSWER_EXAMPLE)");
                }
            });
        }));
    }

    /** Every operation has an operationId, unique in the API: a generated client's method names. */
    private static void requireOperationIds(OpenAPI openAPI) {
        Map<String, String> seen = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                throw new IllegalStateException(method + " " + path + " has no operationId: give it @Operation(operationId = …)");
            }
            String before = seen.put(id, method + " " + path);
            if (before != null) {
                throw new IllegalStateException("operationId " + id + " names both " + before + " and " + method + " " + path);
            }
        }));
    }

    /** The shared answers to a request over the limits of every request ({@link RequestLimits}). */
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";

    /** The shared answer of every operation while the database is gone or too slow: 503 with Retry-After. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private static APIResponse serviceUnavailable() {
        APIResponse response = problemResponse("503", new String[] {
                "The database cannot be reached, did not answer in time (statement timeout), or undid the change for a"
                        + " concurrent change of the same objects (deadlock): ask again after Retry-After seconds. A change"
                        + " is made whole or not at all.",
                "service-unavailable", "Service Unavailable",
                "The database cannot be reached at the moment. A change is either made whole or not at all: read before"
                        + " you repeat one. Try again after Retry-After seconds." });
        return response.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before asking again")
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600)))
                .example(5));
    }

    /** The shared answer to a method a path does not offer, named by every path's description. */
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";

    /** Every path offers exactly the operations listed; any other method answers a 405 problem. */
    private static void documentMethodsNotOffered(PathItem item) {
        String note = "Methods not listed here answer 405 problem+json (#/components/responses/" + METHOD_NOT_ALLOWED
                + ") with Allow naming the methods listed.";
        item.setDescription(item.getDescription() == null ? note : item.getDescription() + " " + note);
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean county = path.contains("{cc}");
        // reference data about a county (@OpenToAllCounties) is open to every signed-in caller: never a 403
        boolean openToAllCounties = operation.getExtensions() != null
                && operation.getExtensions().containsKey(OPEN_TO_ALL_COUNTIES);
        if (openToAllCounties) {
            operation.removeExtension(OPEN_TO_ALL_COUNTIES);
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean versioned = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean lists = method == PathItem.HttpMethod.GET && operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()));

        List<String> statuses = new ArrayList<>();
        if (county || writes || lists || path.contains("{id}")) {
            statuses.add("400");
        }
        if (secured) {
            statuses.add("401");
        }
        if (secured && county && !openToAllCounties) {
            statuses.add("403");
        }
        if (county || path.contains("{id}")) {
            statuses.add("404");
        }
        statuses.add("406");
        if (writes) {
            statuses.add("415");
        }
        if (writes && versioned) {
            statuses.add("409");
        }
        if (versioned) {
            statuses.add("412");
            statuses.add("428");
        }
        statuses.add("500");
        documentRateLimit(operation, responses);

        for (String status : statuses) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED_PROBLEMS.get(status)));
            }
        }
        // any operation may meet a database that is gone or too slow
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(SERVICE_UNAVAILABLE));
        }
        // the limits of every request (RequestLimits), refused before any operation runs
        responses.addAPIResponse("414", OASFactory.createAPIResponse().ref(URI_TOO_LONG));
        responses.addAPIResponse("431", OASFactory.createAPIResponse().ref(HEADERS_TOO_LARGE));
        // problem responses an operation declares itself get the standard example when they have none
        responses.getAPIResponses().forEach((status, response) -> {
            MediaType problem = response.getContent() == null ? null
                    : response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())
                    && STANDARD.containsKey(status)) {
                String[] text = STANDARD.get(status);
                problem.addExample(text[1], example(status, text));
            }
        });
    }

    /** A rate-limited operation answers 429 with Retry-After beyond its limit, beside any 429 of its own. */
    private static void documentRateLimit(Operation operation, APIResponses responses) {
        Object bucket = operation.getExtensions() == null ? null : operation.getExtensions().get(RATE_LIMITED);
        if (bucket == null) {
            return;
        }
        String when = "More requests of this kind (" + bucket + ") than the client's rate limit allows in the current"
                + " window (rate-limited); Retry-After says when the window ends";
        APIResponse existing = responses.getAPIResponse("429");
        if (existing == null) {
            existing = problemResponse("429", new String[] { when, "rate-limited", "Too many requests",
                    "You may make at most 60 requests of this kind (" + bucket + ") per 60 seconds; ask again in 17 seconds" });
            responses.addAPIResponse("429", existing);
        } else {
            existing.description(existing.getDescription() + "; or " + Character.toLowerCase(when.charAt(0)) + when.substring(1));
        }
        existing.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait").required(true)
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86400))));
    }

    /** The tags of the resources whose objects carry an externalId: the body of their shared create names one. */
    private static Set<String> importableResources(OpenAPI openAPI) {
        Set<String> importable = new HashSet<>();
        Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas = openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null ? Map.of() : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            Object shared = operation.getExtensions() == null ? null : operation.getExtensions().get(SHARED_OPERATION);
            if (!"create".equals(shared) || operation.getTags() == null || operation.getTags().isEmpty()
                    || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            boolean carries = operation.getRequestBody().getContent().getMediaTypes().values().stream()
                    .map(MediaType::getSchema).filter(Objects::nonNull)
                    .map(schema -> schema.getRef() == null ? schema
                            : schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)))
                    .anyMatch(schema -> schema != null && schema.getProperties() != null
                            && schema.getProperties().containsKey("externalId"));
            if (carries) {
                importable.add(operation.getTags().get(0));
            }
        }));
        return importable;
    }

    /**
     * Fills in a shared operation from its resource's tag: the object's name in the summary, the resource's notes,
     * its examples, and the ETag and Location headers of its answers.
     */
    private static void describeShared(OpenAPI openAPI, String path, Operation operation,
            Map<String, Map<String, Object>> resources, Set<String> importable) {
        Object shared = operation.getExtensions() == null ? null : operation.getExtensions().get(SHARED_OPERATION);
        if (shared == null) {
            return;
        }
        // the scanner puts a method's @Extension on the operation, its request body and its declared responses
        removeSharedMark(operation);
        if (operation.getRequestBody() != null) {
            removeSharedMark(operation.getRequestBody());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(ApiDocumentation::removeSharedMark);
        }
        String tag = operation.getTags() == null || operation.getTags().isEmpty() ? null : operation.getTags().get(0);
        Map<String, Object> resource = resources.get(tag);
        if (resource == null || !resource.containsKey(ONE)) {
            throw new IllegalStateException("The resource tagged " + tag + " extends CountyResourceEndpoint but its @Tag"
                    + " has no " + ONE + " extension naming one of its objects");
        }
        operation.setSummary(operation.getSummary().replace("{one}", resource.get(ONE).toString()));
        if (operation.getOperationId() == null) {
            operation.setOperationId(operationId(shared.toString(), resource.get(ONE).toString()));
        }
        String note = switch (shared.toString()) {
            case "delete" -> (String) resource.get(DELETE_NOTE);
            case "history" -> (String) resource.get(HISTORY_NOTE);
            default -> null;
        };
        if (note != null) {
            operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + " " + note);
        }
        Object written = switch (shared.toString()) {
            case "create", "replace" -> resource.get(WRITE_EXAMPLE);
            case "patch" -> resource.get(PATCH_EXAMPLE);
            default -> null;
        };
        if (written != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> media.addExample("example", OASFactory.createExample().value(written)));
        }
        if ("delete".equals(shared) && resource.get(DELETE_CONFLICT) != null) {
            operation.getResponses().addAPIResponse("409", problemResponse("409", STANDARD.get("409"))
                    .description(resource.get(DELETE_CONFLICT).toString()));
        }
        if (List.of("create", "replace", "patch").contains(shared.toString())
                && (resource.get(WRITE_CONFLICT) != null || importable.contains(tag))) {
            List<String> conflicts = new ArrayList<>();
            if (resource.get(WRITE_CONFLICT) != null) {
                conflicts.add(resource.get(WRITE_CONFLICT).toString());
            } else if (!"create".equals(shared)) {
                conflicts.add(STANDARD.get("409")[0] + ".");
            }
            if (importable.contains(tag)) {
                conflicts.add("The externalId is carried by another object of this kind in the county (it is unique per"
                        + " county and kind); the problem names externalId and the object that carries it.");
            }
            operation.getResponses().addAPIResponse("409", problemResponse("409", STANDARD.get("409"))
                    .description(conflicts.stream().map(text -> text.endsWith(".") ? text : text + ".")
                            .collect(java.util.stream.Collectors.joining(" "))));
        }
        String success = "create".equals(shared) ? "201" : "200";
        APIResponse answer = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(success);
        if (answer == null || "history".equals(shared)) {
            return;
        }
        if ("create".equals(shared) && answer.getContent() == null) {
            // the scanner gives the return type's schema to a 200 only: a create answers what a get of it answers
            PathItem one = openAPI.getPaths().getPathItem(path + "/{id}");
            Operation get = one == null ? null : one.getGET();
            APIResponse found = get == null ? null : get.getResponses().getAPIResponse("200");
            if (found != null && found.getContent() != null) {
                MediaType json = found.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                answer.content(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType().schema(json.getSchema())));
            }
        }
        if (resource.get(EXAMPLE) != null && answer.getContent() != null) {
            answer.getContent().getMediaTypes().values()
                    .forEach(media -> media.addExample("example", OASFactory.createExample().value(resource.get(EXAMPLE))));
        }
        declareVersionHeaders(answer, "create".equals(shared));
    }

    /** The shared declaration of the X-Request-Id header, in components/headers. */
    public static final String REQUEST_ID = "RequestId";

    /** Every answer carries the request's id ({@link RequestIds}): declared on every response of every operation. */
    private static void declareRequestId(OpenAPI openAPI) {
        List<APIResponse> all = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                all.addAll(operation.getResponses().getAPIResponses().values());
            }
        }));
        if (openAPI.getComponents().getResponses() != null) {
            all.addAll(openAPI.getComponents().getResponses().values());
        }
        openAPI.getComponents().addHeader(REQUEST_ID, OASFactory.createHeader().required(true)
                .description("The request's id: the client's own X-Request-Id when it sent one of at most "
                        + RequestIds.MAX_LENGTH + " letters, digits and . _ : -, otherwise a new UUID. Every log line of"
                        + " the request and every problem answer (requestId) carry it.")
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(RequestIds.MAX_LENGTH).pattern("^[A-Za-z0-9._:-]+$"))
                .example("5b0e7c1a-3f2d-4e8b-9a61-0c4d2f7e8b93"));
        // a request beyond the HTTP layer's own hard limits is refused before any of the API's code runs (RequestLimits)
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses();
        List<APIResponse> maybeBare = shared == null ? List.of()
                : java.util.stream.Stream.of(shared.get(URI_TOO_LONG), shared.get(HEADERS_TOO_LARGE))
                        .filter(java.util.Objects::nonNull).toList();
        all.stream().filter(response -> response.getRef() == null).forEach(response -> response.addHeader(
                RequestIds.HEADER, maybeBare.stream().anyMatch(bare -> bare == response)
                        ? OASFactory.createHeader().required(false)
                                .description("The request's id, as on every answer; absent only when the HTTP layer"
                                        + " refuses a request beyond its own hard limits with a bare status")
                                .schema(OASFactory.createSchema()
                                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                                        .maxLength(RequestIds.MAX_LENGTH).pattern("^[A-Za-z0-9._:-]+$"))
                        : OASFactory.createHeader().ref(REQUEST_ID)));
    }

    /** The ETag (and for a creation the Location) an answer carrying one versioned object sends. */
    private static void declareVersionHeaders(APIResponse answer, boolean created) {
        answer.addHeader("ETag", OASFactory.createHeader()
                .description("The object's version, to send back in If-Match")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(24))
                .example("\"0\""));
        if (created) {
            answer.addHeader("Location", OASFactory.createHeader()
                    .description("The URL of the new object")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .format("uri")));
        }
    }

    private static void removeSharedMark(Extensible<?> element) {
        dropExtension(element, SHARED_OPERATION);
    }

    /**
     * The scanner copies a method's {@code @Extension} onto its operation, request body, responses and each response;
     * once read, none of our markers may stay in the document (a generator takes them for responses).
     */
    private static void dropMarkers(OpenAPI openAPI) {
        List<String> markers = List.of(SHARED_OPERATION, ANSWER_EXAMPLE, VERSIONED_ANSWER, OPEN_TO_ALL_COUNTIES,
                RATE_LIMITED);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            markers.forEach(marker -> dropExtension(operation, marker));
            if (operation.getRequestBody() != null) {
                markers.forEach(marker -> dropExtension(operation.getRequestBody(), marker));
            }
            if (operation.getResponses() != null) {
                markers.forEach(marker -> dropExtension(operation.getResponses(), marker));
                if (operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> markers.forEach(marker -> dropExtension(response, marker)));
                }
            }
        }));
    }

    /** Removes a marker extension the scanner copied onto an element; no empty extensions map is left behind. */
    private static void dropExtension(Extensible<?> element, String name) {
        if (element.getExtensions() != null) {
            element.removeExtension(name);
            if (element.getExtensions() != null && element.getExtensions().isEmpty()) {
                element.setExtensions(null);
            }
        }
    }

    private static Example example(String status, String[] text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.EXAMPLE_TYPE_BASE + text[1]);
        body.put("title", text[2]);
        body.put("status", Integer.parseInt(status));
        body.put("detail", text[3]);
        return OASFactory.createExample().value(body);
    }

    private static APIResponse problemResponse(String status, String[] text) {
        MediaType mediaType = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample(text[1], example(status, text));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(text[0]).content(content);
    }
}
