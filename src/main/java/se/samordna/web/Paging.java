package se.samordna.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list takes; a list that can be sorted takes {@link PageParams}, which adds
 * {@code sort}, and a list of a fixed order (a history, the reference data) takes these alone, so that the spec offers
 * no {@code sort} that would be ignored. Taken as text so that a value that is not a number is a 400 naming the
 * parameter, not the 404 JAX-RS gives for an unconvertible query parameter.
 */
public class Paging {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;
    /** The last page number a list accepts: beyond it page × size would overflow. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("total")
    @Parameter(description = "With `false` the answer leaves `totalItems` and `totalPages` null and tells only `hasNext`:"
            + " the list is not counted, which makes a page of a large list cheaper", example = "false",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN, defaultValue = "true"))
    public String total;

    public int pageNumber() {
        return (int) QueryParams.wholeNumber("page", page, 0, 0, MAX_PAGE);
    }

    /** Whether the answer counts the whole list ({@code total=false} asks it not to). */
    public boolean total() {
        Boolean asked = QueryParams.bool("total", total);
        return asked == null || asked;
    }

    public int pageSize() {
        return pageSize(DEFAULT_SIZE);
    }

    /** The page size asked for, or {@code fallback} for a list whose whole fits one page by default. */
    public int pageSize(int fallback) {
        return (int) QueryParams.wholeNumber("size", size, fallback, 1, MAX_SIZE);
    }
}
