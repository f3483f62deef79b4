package se.samordna.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list takes. Taken as text so that a value that is not a
 * number is a 400 naming the parameter, not the 404 JAX-RS gives for an unconvertible query parameter.
 */
public class PageParams {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Sort as `field,asc` or `field,desc`; the fields each list documents", example = "name,asc")
    public String sort;

    public int pageNumber() {
        return (int) QueryParams.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    public int pageSize() {
        return pageSize(DEFAULT_SIZE);
    }

    /** The page size asked for, or {@code fallback} for a list whose whole fits one page by default. */
    public int pageSize(int fallback) {
        return (int) QueryParams.wholeNumber("size", size, fallback, 1, MAX_SIZE);
    }
}
