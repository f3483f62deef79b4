package se.samordna.support;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a county's support requests stand and how fast its coordinators answer them. */
@Schema(name = "SupportStatistics")
public record SupportStatisticsView(
        @Schema(maxLength = 2, examples = "08") String countyCode,
        @Schema(nullable = true, description = "First day of the period (requests filed from it), if one was asked for", examples = "2026-01-01") LocalDate from,
        @Schema(nullable = true, description = "Last day of the period (requests filed up to and including it), if one was asked for", examples = "2026-06-30") LocalDate to,
        @Schema(description = "Requests filed in the period", examples = "42") long total,
        @Schema(description = "Requests by status, every status named") Map<RequestStatus, Long> byStatus,
        @Schema(description = "Requests by topic, every topic named") Map<SupportTopic, Long> byTopic,
        FirstAnswer firstAnswer,
        OpenRequests open,
        @Schema(description = "Open requests whose due date has passed", examples = "3") long overdue) {

    /**
     * Time from filing to the first answer: a coordinator's first transition or first public comment, whichever
     * came first. Seconds; null when no request of the period was answered.
     */
    @Schema(name = "SupportFirstAnswer")
    public record FirstAnswer(
            @Schema(examples = "38") long answered,
            @Schema(examples = "4") long unanswered,
            @Schema(nullable = true, examples = "86400") Double medianSeconds,
            @Schema(nullable = true, description = "90th percentile (continuous, as PostgreSQL's percentile_cont)", examples = "432000")
            Double p90Seconds) {
    }

    /** Requests not yet RESOLVED or DECLINED, and how long they have waited until now (seconds). */
    @Schema(name = "SupportOpenRequests")
    public record OpenRequests(
            @Schema(examples = "12") long count,
            @Schema(nullable = true, examples = "604800") Double medianAgeSeconds) {
    }
}
