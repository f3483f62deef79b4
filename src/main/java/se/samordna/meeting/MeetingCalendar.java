package se.samordna.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import se.samordna.web.Page;
import se.samordna.web.ProblemException;

/**
 * Meetings as iCalendar (RFC 5545), written by biweekly: one event per meeting, its UID stable, its SEQUENCE the
 * meeting's version, a cancelled meeting STATUS:CANCELLED, times in UTC so that no client's idea of the
 * daylight-saving change can move them.
 */
@ApplicationScoped
public class MeetingCalendar {

    /** The most meetings one calendar holds: a period with more is refused, so that an answer stays small. */
    static final int MAX_EVENTS = 1000;
    /**
     * Without from and to: three months back, a year ahead. A bound left out is three months before today or before
     * to, whichever is earlier, and a year after today or after from, whichever is later.
     */
    static final int DEFAULT_MONTHS_BACK = 3;
    static final int DEFAULT_MONTHS_AHEAD = 12;

    /** A calendar's text and its entity tag, a digest of the text. */
    public record Ics(String text, String etag) {
    }

    private final MeetingService service;

    MeetingCalendar(MeetingService service) {
        this.service = service;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ics ofMeeting(String countyCode, UUID id) {
        return write(countyCode, List.of(service.meeting(countyCode, id)));
    }

    /** The county's meetings that start in the period (days in Stockholm, both included), optionally one network's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ics ofPeriod(String countyCode, LocalDate from, LocalDate to, UUID networkId) {
        LocalDate today = LocalDate.now(MeetingService.COUNTY_TIME);
        // a bound left out: three months before today or before to, whichever is earlier; a year after today or
        // after from, whichever is later (so that the one bound given never cuts off meetings near today)
        LocalDate start = from != null ? from : earlier(today, to).minusMonths(DEFAULT_MONTHS_BACK);
        LocalDate end = to != null ? to : later(today, from).plusMonths(DEFAULT_MONTHS_AHEAD);
        Page<Meeting> page = service.meetingsStarting(countyCode, start, end, networkId, MAX_EVENTS);
        if (page.totalItems() > MAX_EVENTS) {
            throw ProblemException.invalid("to", "the period holds more than " + MAX_EVENTS
                    + " meetings; ask for a shorter one");
        }
        return write(countyCode, page.items());
    }

    private static LocalDate earlier(LocalDate today, LocalDate bound) {
        return bound != null && bound.isBefore(today) ? bound : today;
    }

    private static LocalDate later(LocalDate today, LocalDate bound) {
        return bound != null && bound.isAfter(today) ? bound : today;
    }

    private static Ics write(String countyCode, List<Meeting> meetings) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Samordna//Samordna API " + countyCode + "//SV");
        meetings.forEach(m -> calendar.addEvent(event(m)));
        String text = Biweekly.write(calendar).go();
        return new Ics(text, digest(text));
    }

    private static VEvent event(Meeting m) {
        VEvent event = new VEvent();
        event.setUid(m.id + "@samordna.se");
        // the time of the version shown, not of this answer: the same meeting gives the same text and ETag
        event.setDateTimeStamp(Date.from(m.updatedAt));
        event.setCreated(Date.from(m.createdAt));
        event.setLastModified(Date.from(m.updatedAt));
        event.setSequence((int) Math.min(m.version, Integer.MAX_VALUE));
        event.setDateStart(Date.from(m.startsAt));
        event.setDateEnd(Date.from(m.endsAt));
        event.setSummary(m.title);
        event.setDescription(description(m));
        event.setLocation(m.location);
        if (m.onlineUrl != null) {
            event.setUrl(m.onlineUrl);
        }
        event.setStatus(m.status == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        event.addCategories(m.kind.name());
        return event;
    }

    /** The theme, the agenda in order and the guests, as plain text lines of the event's description. */
    private static String description(Meeting m) {
        StringBuilder text = new StringBuilder("Tema: ").append(m.theme);
        if (!m.agenda.isEmpty()) {
            text.append("\n\nDagordning:");
            int n = 1;
            for (MeetingWrite.AgendaItem item : m.agenda) {
                text.append("\n").append(n++).append(". ").append(item.title());
                if (item.speaker() != null) {
                    text.append(" (").append(item.speaker()).append(")");
                }
                if (item.minutes() != null) {
                    text.append(", ").append(item.minutes()).append(" min");
                }
            }
        }
        if (!m.guests.isEmpty()) {
            text.append("\n\nGäster:");
            for (MeetingWrite.Guest guest : m.guests) {
                text.append("\n– ").append(guest.name());
                if (guest.organisation() != null) {
                    text.append(", ").append(guest.organisation());
                }
                if (guest.topic() != null) {
                    text.append(": ").append(guest.topic());
                }
            }
        }
        return text.toString();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
