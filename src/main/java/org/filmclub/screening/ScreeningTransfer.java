package org.filmclub.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's screenings as a club file carries them to another installation, with every answer and who was
 * in the room. Calendar addresses stay behind: they are secrets of this installation, and a member makes a
 * new one where the club lives now.
 */
@Component
public class ScreeningTransfer {

    /** @param film the film's number in the file */
    public record ScreeningData(
            long film,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            String venue,
            String onlineLink,
            Integer seatLimit,
            String note,
            ScreeningStatus status,
            int sequence,
            Instant reminderSentAt,
            Instant startedAt,
            Instant endedAt,
            long createdBy,
            Instant createdAt,
            Instant updatedAt,
            List<RsvpData> rsvps,
            List<AttendeeData> attendance) {}

    public record RsvpData(long member, Answer answer, Instant answeredAt) {}

    public record AttendeeData(long member, Instant arrivedAt) {}

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final InputValidator validator;

    ScreeningTransfer(JdbcClient jdbc, ClubAccess access, InputValidator validator) {
        this.jdbc = jdbc;
        this.access = access;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<ScreeningData> export(long clubId, LongUnaryOperator personRef) {
        access.requireHost(clubId, "download the club's data");
        var rsvps = new HashMap<Long, List<RsvpData>>();
        jdbc.sql(
                        """
                        select r.screening_id, r.member_id, r.answer, r.answered_at from rsvps r
                        join screenings s on s.id = r.screening_id where s.club_id = :club
                        order by r.screening_id, r.answered_at, r.member_id""")
                .param("club", clubId)
                .query((rs, n) -> rsvps.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
                        .add(new RsvpData(
                                personRef.applyAsLong(rs.getLong(2)), Answer.valueOf(rs.getString(3)), instant(rs, 4))))
                .list();
        var attendance = new HashMap<Long, List<AttendeeData>>();
        jdbc.sql(
                        """
                        select a.screening_id, a.member_id, a.arrived_at from screening_attendance a
                        join screenings s on s.id = a.screening_id where s.club_id = :club
                        order by a.screening_id, a.arrived_at, a.member_id""")
                .param("club", clubId)
                .query((rs, n) -> attendance
                        .computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
                        .add(new AttendeeData(personRef.applyAsLong(rs.getLong(2)), instant(rs, 3))))
                .list();
        return jdbc.sql(
                        """
                        select id, film_id, starts_at, ends_at, time_zone, venue, online_link, seat_limit, note,
                          status, sequence, reminder_sent_at, started_at, ended_at, created_by, created_at, updated_at
                        from screenings where club_id = :club order by starts_at, id""")
                .param("club", clubId)
                .query((rs, n) -> new ScreeningData(
                        rs.getLong(2),
                        instant(rs, 3),
                        instant(rs, 4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        (Integer) rs.getObject(8, Integer.class),
                        rs.getString(9),
                        ScreeningStatus.valueOf(rs.getString(10)),
                        rs.getInt(11),
                        instant(rs, 12),
                        instant(rs, 13),
                        instant(rs, 14),
                        personRef.applyAsLong(rs.getLong(15)),
                        instant(rs, 16),
                        instant(rs, 17),
                        rsvps.getOrDefault(rs.getLong(1), List.of()),
                        attendance.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /**
     * Each screening passes the checks of the scheduling form (a real time zone, an https online link, a
     * length, seats and texts within limits; only its start may lie in the past), its status fits its
     * times, and each member answers once, with no more going than there are seats.
     *
     * @param films each film's new id by its number in the file
     */
    @Transactional
    public void importInto(
            long clubId, List<ScreeningData> screenings, Map<Long, Long> films, LongUnaryOperator memberId) {
        access.requireHost(clubId, "bring in a club's data");
        var number = 0;
        for (var screening : screenings) {
            number++;
            var filmId = films.get(screening.film());
            if (filmId == null) {
                throw InvalidInputException.of("file", "A screening is of a film not in the file.");
            }
            ScreeningInput input;
            try {
                input = checked(screening, filmId);
            } catch (InvalidInputException refused) {
                throw refused.about("Screening " + number);
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into screenings (club_id, film_id, starts_at, ends_at, time_zone, venue, online_link,
                              seat_limit, note, status, sequence, reminder_sent_at, started_at, ended_at, created_by,
                              created_at, updated_at)
                            values (:club, :film, :starts, :ends, :zone, :venue, :link, :seats, :note, :status,
                              :sequence, :reminded, :started, :ended, :by, :created, :updated)""")
                    .param("club", clubId)
                    .param("film", filmId)
                    .param("starts", timestamp(screening.startsAt()))
                    .param("ends", timestamp(screening.endsAt()))
                    .param("zone", input.zone().getId())
                    .param("venue", input.venue())
                    .param("link", input.onlineLink())
                    .param("seats", input.seatLimit(), Types.INTEGER)
                    .param("note", input.note())
                    .param("status", screening.status().name())
                    .param("sequence", screening.sequence())
                    .param("reminded", timestamp(screening.reminderSentAt()), Types.TIMESTAMP)
                    .param("started", timestamp(screening.startedAt()), Types.TIMESTAMP)
                    .param("ended", timestamp(screening.endedAt()), Types.TIMESTAMP)
                    .param("by", memberId.applyAsLong(screening.createdBy()))
                    .param("created", timestamp(screening.createdAt()))
                    .param("updated", timestamp(screening.updatedAt()))
                    .update(keys, "id");
            var screeningId = keys.getKey().longValue();
            for (var rsvp : screening.rsvps()) {
                jdbc.sql("insert into rsvps (screening_id, member_id, answer, answered_at) values (:s, :m, :a, :at)")
                        .param("s", screeningId)
                        .param("m", memberId.applyAsLong(rsvp.member()))
                        .param("a", rsvp.answer().name())
                        .param("at", timestamp(rsvp.answeredAt()))
                        .update();
            }
            for (var attendee : screening.attendance()) {
                jdbc.sql("insert into screening_attendance (screening_id, member_id, arrived_at) values (:s, :m, :at)")
                        .param("s", screeningId)
                        .param("m", memberId.applyAsLong(attendee.member()))
                        .param("at", timestamp(attendee.arrivedAt()))
                        .update();
            }
        }
    }

    /** The scheduling form's checks, then what the form cannot be asked: status, sequence, answers. */
    private ScreeningInput checked(ScreeningData screening, long filmId) {
        if (screening.startsAt() == null
                || screening.endsAt() == null
                || screening.status() == null
                || screening.rsvps() == null
                || screening.attendance() == null) {
            throw InvalidInputException.of("file", "Its time, status or answers are missing.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(screening.timeZone() == null ? "" : screening.timeZone());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("zone", "\"" + screening.timeZone() + "\" is not a time zone.");
        }
        var minutes = Duration.between(screening.startsAt(), screening.endsAt()).toMinutes();
        var input = validator.check(new ScreeningInput(
                filmId,
                LocalDateTime.ofInstant(screening.startsAt(), zone),
                zone,
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minutes)),
                screening.venue(),
                screening.onlineLink(),
                screening.seatLimit(),
                screening.note()));
        ScreeningService.checkPlace(input);
        var started = screening.startedAt() != null;
        var ended = screening.endedAt() != null;
        var fits =
                switch (screening.status()) {
                    case SCHEDULED -> !started && !ended;
                    case LIVE -> started && !ended;
                    case ENDED -> started && ended;
                    case CANCELLED -> !ended;
                };
        if (!fits) {
            throw InvalidInputException.of(
                    "status", "It is " + screening.status() + ", which its start and end " + "times contradict.");
        }
        if (screening.sequence() < 0 || screening.sequence() > ScreeningLimits.SEQUENCE_MAX) {
            throw InvalidInputException.of(
                    "sequence",
                    "Its calendar sequence " + screening.sequence() + " is not between 0 and "
                            + ScreeningLimits.SEQUENCE_MAX + ".");
        }
        var answered = new HashSet<Long>();
        var going = 0;
        for (var rsvp : screening.rsvps()) {
            if (!answered.add(rsvp.member()) || rsvp.answer() == null) {
                throw InvalidInputException.of("rsvps", "Person " + rsvp.member() + " answers it twice or not at all.");
            }
            going += rsvp.answer() == Answer.GOING ? 1 : 0;
            if (rsvp.answer() == Answer.WAITLIST && input.seatLimit() == null) {
                throw InvalidInputException.of("rsvps", "It has a waitlist but no seat limit.");
            }
        }
        if (input.seatLimit() != null && going > input.seatLimit()) {
            throw InvalidInputException.of("rsvps", going + " are going, but it has " + input.seatLimit() + " seats.");
        }
        var arrived = new HashSet<Long>();
        for (var attendee : screening.attendance()) {
            if (!arrived.add(attendee.member())) {
                throw InvalidInputException.of("attendance", "Person " + attendee.member() + " arrives twice.");
            }
        }
        return input;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
