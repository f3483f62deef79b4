package se.samordna.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period of whole Swedish days (Europe/Stockholm), both ends included, as statistics read it from the query
 * parameters {@code from} and {@code to}; an end may be open (null). A bad date or a {@code to} before {@code from}
 * is a 400 naming the parameter.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The counties' calendar: where a Swedish day begins and ends. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
    }

    /** The period the parameters name; an absent end stays open. */
    public static Period of(String from, String to) {
        return new Period(QueryParams.date("from", from), QueryParams.date("to", to));
    }

    /**
     * The period the parameters name, its absent ends filled in to make the last {@code days} days up to today:
     * {@code to} is today, {@code from} the day that makes the period {@code days} days long.
     */
    public static Period lastDays(int days, String from, String to) {
        LocalDate last = QueryParams.date("to", to);
        LocalDate first = QueryParams.date("from", from);
        if (last == null) {
            last = today();
        }
        if (first == null) {
            first = last.minusDays(days - 1L);
        }
        return new Period(first, last);
    }

    /** Today in Sweden. */
    public static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    /** The first instant of the period, or null when it has no first day. */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(SWEDEN).toInstant();
    }

    /** The first instant after the period (its last day included), or null when it has no last day. */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(SWEDEN).toInstant();
    }
}
