package se.samordna.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of a list that can be sorted, and its {@code sort}. */
public class PageParams extends Paging {

    @QueryParam("sort")
    @Parameter(description = "Sort as `field,asc` or `field,desc`; the fields each list documents", example = "name,asc",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 100))
    public String sort;
}
