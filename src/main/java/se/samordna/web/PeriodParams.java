package se.samordna.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters {@code from} and {@code to} of a view over a period that is the last year unless told
 * otherwise ({@code @BeanParam}). Taken as text, so that a bad date is a 400 naming the parameter.
 */
public class PeriodParams {

    /** The period when none is asked for: the last year, today included. */
    public static final int DEFAULT_DAYS = 365;

    @QueryParam("from")
    @Parameter(description = "First day of the period (default: 364 days before `to`)",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day of the period (default: today in Sweden)",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-30")
    public String to;

    /** The period asked for, its absent ends making the last 365 days up to today. */
    public Period lastYear() {
        return Period.lastDays(DEFAULT_DAYS, from, to);
    }
}
