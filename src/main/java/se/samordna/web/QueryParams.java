package se.samordna.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed list filters read from query parameters taken as text, so that a value of the wrong form is a 400 naming
 * the parameter, not the 404 JAX-RS answers when it cannot convert a query parameter (as {@link PageParams} does
 * for paging).
 */
public final class QueryParams {

    private static final Pattern FOUR_DIGIT_YEAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private QueryParams() {
    }

    /** The constant named {@code text}, or null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumValue(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The UUID {@code text} names, or null when the parameter is absent or blank. */
    public static UUID uuid(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** The whole number {@code text} names, between min and max; {@code fallback} when absent or blank. */
    public static long wholeNumber(String name, String text, long fallback, long min, long max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    /** {@code true} or {@code false}, or null when the parameter is absent or blank. */
    public static Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /**
     * The ISO date {@code text} names (YYYY-MM-DD, years 0001 to 9999), or null when the parameter is absent or blank.
     * Only four-digit years: ISO's signed years such as {@code +10000-01-01} lie beyond what PostgreSQL stores.
     */
    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String value = text.strip();
            LocalDate date = FOUR_DIGIT_YEAR_DATE.matcher(value).matches() ? LocalDate.parse(value) : null;
            if (date == null || date.getYear() < 1) {
                throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    /** True or false as written; false when the parameter is absent or blank. */
    public static boolean flag(String name, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }
}
