package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar file itself: zones, the fields calendar apps match on, and how changes show. */
class CalendarIcsTest extends AbstractAppTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final URI SITE = URI.create("https://films.example/");
    /** Portugal's clocks go back an hour early on Sunday 31 October 2027. */
    private static final LocalDateTime DAY_AFTER_CLOCKS_GO_BACK = LocalDateTime.of(2027, 11, 1, 20, 0);

    private static final LocalDateTime DAY_BEFORE_CLOCKS_GO_BACK = LocalDateTime.of(2027, 10, 30, 20, 0);

    @Autowired
    private ScreeningService screenings;

    @Autowired
    private ScheduleService schedules;

    @Autowired
    private FilmService films;

    @Autowired
    private ScreeningCalendar calendar;

    private String slug;
    private long filmId;

    @BeforeEach
    void aClubWithAFilm() {
        clock.stopAt(Instant.parse("2027-10-01T09:00:00Z"));
        var host = newMember("Hana Host");
        slug = newClub(host);
        loginAs(host);
        filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    @Test
    void a_screening_keeps_the_hosts_zone_and_wall_clock_time_across_the_clock_change() throws Exception {
        var id = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));

        var ics = parse(write(id));
        var event = event(ics, id);

        assertThat(zoneIds(ics)).containsExactly("Europe/Lisbon");
        var start = start(event);
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Lisbon");
        assertThat(start.getValue()).isEqualTo("20271101T200000");
        assertThat(start.getDate().toInstant())
                .as("winter time: Lisbon is on UTC again")
                .isEqualTo(Instant.parse("2027-11-01T20:00:00Z"));
        assertThat(value(event, "DTEND")).isEqualTo("20271101T224000");
        assertThat(value(event, "UID")).isEqualTo("screening-" + id + "@filmclub");
        assertThat(value(event, "SUMMARY")).isEqualTo("Screening: Her");
        assertThat(value(event, "LOCATION")).isEqualTo("Cinema Ideal");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "DTSTAMP")).isEqualTo("20271001T090000Z");
        assertThat(value(event, "LAST-MODIFIED")).isEqualTo("20271001T090000Z");
        assertThat(value(event, "URL")).isEqualTo("https://films.example/clubs/" + slug + "/screenings/" + id);
    }

    @Test
    void the_calendar_says_what_it_is_and_defines_each_zone_once() throws Exception {
        var before = screenings.schedule(slug, input(DAY_BEFORE_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var after = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var online =
                screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, NEW_YORK, "", "https://meet.example/her"));
        var alias = screenings.schedule(
                slug, input(DAY_AFTER_CLOCKS_GO_BACK, ZoneId.of("US/Eastern"), "", "https://meet.example/her"));

        var ics = parse(
                calendar.write("Friday Films", List.of(view(before), view(after), view(online), view(alias)), SITE));

        assertThat(value(ics, "PRODID")).isEqualTo("-//Filmclub//Screenings//EN");
        assertThat(value(ics, "VERSION")).isEqualTo("2.0");
        assertThat(value(ics, "CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(value(ics, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(ics, "X-WR-CALNAME")).isEqualTo("Friday Films");
        assertThat(zoneIds(ics)).containsExactly("Europe/Lisbon", "America/New_York");
        assertThat(start(event(ics, before)).getDate().toInstant())
                .as("summer time: Lisbon is an hour ahead of UTC")
                .isEqualTo(Instant.parse("2027-10-30T19:00:00Z"));
        assertThat(value(event(ics, online), "LOCATION")).isEqualTo("https://meet.example/her");
        assertThat(start(event(ics, online)).getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York");
        assertThat(start(event(ics, alias)).getParameter("TZID").orElseThrow().getValue())
                .as("an alias points at the one definition there is")
                .isEqualTo("America/New_York");
    }

    @Test
    void a_new_time_raises_the_sequence_and_keeps_the_uid() throws Exception {
        var id = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var first = event(parse(write(id)), id);

        clock.stopAt(Instant.parse("2027-10-02T09:00:00Z"));
        screenings.edit(slug, id, input(DAY_AFTER_CLOCKS_GO_BACK.plusHours(1), LISBON, "Cinema Ideal", ""), false);
        var moved = event(parse(write(id)), id);

        assertThat(value(moved, "UID")).isEqualTo(value(first, "UID"));
        assertThat(Integer.parseInt(value(moved, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(first, "SEQUENCE")));
        assertThat(value(moved, "DTSTART")).isEqualTo("20271101T210000");
        assertThat(value(moved, "DTSTAMP")).isEqualTo("20271002T090000Z");
    }

    @Test
    void a_cancelled_screening_stays_in_the_calendar_marked_cancelled() throws Exception {
        var id = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var scheduled = event(parse(write(id)), id);

        screenings.cancel(slug, id);
        var cancelled = event(parse(write(id)), id);

        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "UID")).isEqualTo(value(scheduled, "UID"));
        assertThat(Integer.parseInt(value(cancelled, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(scheduled, "SEQUENCE")));
    }

    @Test
    void text_survives_escaping_and_long_lines_are_folded_with_crlf() throws Exception {
        var note = "Bring snacks; seats are first come, first served.\nAfterwards: a talk about "
                + "voices, loneliness and the city, which tends to run long, so plan for a late tram home.";
        var id = screenings.schedule(
                slug,
                new ScreeningInput(
                        filmId,
                        DAY_AFTER_CLOCKS_GO_BACK,
                        LISBON,
                        160,
                        "Cinema Ideal, Rua do Loreto 15",
                        "https://meet.example/her",
                        null,
                        note));

        var text = write(id);
        var event = event(parse(text), id);

        assertThat(text).contains("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        assertThat(text.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(value(event, "DESCRIPTION"))
                .startsWith(note + "\n\nOnline: https://meet.example/her\n\n")
                .endsWith("https://films.example/clubs/" + slug + "/screenings/" + id);
        assertThat(value(event, "LOCATION")).isEqualTo("Cinema Ideal, Rua do Loreto 15, https://meet.example/her");
    }

    @ParameterizedTest(name = "line break {index}")
    @MethodSource("org.filmclub.film.HostileCorpus#lineBreaks")
    void a_place_or_note_with_a_line_break_cannot_add_an_event_or_a_property_to_the_calendar(String br)
            throws Exception {
        var venue = "Cinema Ideal" + br + "END:VEVENT" + br + "BEGIN:VEVENT" + br + "UID:evil@example" + br
                + "SUMMARY:Free popcorn" + br + "DTSTART:20271101T200000Z";
        var note = "Bring snacks" + br + "ATTENDEE:mailto:eve@evil.example" + br + "X-EVIL:1";
        var id = screenings.schedule(
                slug, new ScreeningInput(filmId, DAY_AFTER_CLOCKS_GO_BACK, LISBON, 160, venue, "", null, note));

        assertThat(view(id).place().venue()).as("the place is one line").doesNotContainPattern("[\\p{Cc}\u2028\u2029]");
        assertThat(view(id).note()).doesNotContainPattern("[\\p{Cc}\u2028\u2029&&[^\n]]");
        assertOnlyTheScreeningIn(write(id), id);
    }

    @Test
    void text_stored_with_carriage_returns_or_from_other_features_still_cannot_add_lines_to_the_calendar()
            throws Exception {
        var id = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var v = view(id);
        var hostile = new ScreeningCard(
                v.id(),
                v.clubId(),
                v.clubSlug(),
                v.filmId(),
                "Her\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil@example",
                v.when(),
                new ScreeningCard.Place(
                        "Cinema\r\nATTENDEE:mailto:eve@evil.example", "https://meet.example/her\rX-EVIL:1"),
                v.seatLimit(),
                "Snacks\rATTENDEE:mailto:eve@evil.example\u2028X-EVIL:2",
                v.status(),
                v.revision(),
                v.answers(),
                v.myAnswer(),
                v.iAmHost(),
                v.summary());

        assertOnlyTheScreeningIn(calendar.write("Friday Films\rX-EVIL:3", List.of(hostile), SITE), id);
    }

    @Test
    void an_online_link_with_a_control_character_is_refused_with_a_message() {
        var input = new ScreeningInput(
                filmId,
                DAY_AFTER_CLOCKS_GO_BACK,
                LISBON,
                160,
                "",
                "https://meet.example/her\u0000\rX-EVIL:1",
                null,
                "");

        assertThatThrownBy(() -> screenings.schedule(slug, input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("https://");
    }

    @Test
    void a_mailed_invitation_is_the_feeds_event_for_one_member_and_names_with_quotes_stay_one_parameter()
            throws Exception {
        var id = screenings.schedule(slug, input(DAY_AFTER_CLOCKS_GO_BACK, LISBON, "Cinema Ideal", ""));
        var organizer = new ScreeningCalendar.Organizer("films@example.org", "The \"Quiet\" Club;X-A=1");
        var invitee = new ScreeningCalendar.Invitee("ana@example.org", "Ana \"A\" Lima", Optional.of(Answer.MAYBE));

        var request = parse(calendar.invitation(view(id), SITE, organizer, invitee));
        var fed = event(parse(write(id)), id);
        var invited = event(request, id);
        assertThat(value(request, "METHOD")).isEqualTo("REQUEST");
        for (var property : List.of("UID", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "STATUS")) {
            assertThat(value(invited, property)).as(property).isEqualTo(value(fed, property));
        }
        var attendee = invited.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:ana@example.org");
        assertThat(attendee.getParameter("PARTSTAT").orElseThrow().getValue()).isEqualTo("TENTATIVE");
        assertThat(attendee.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("FALSE");
        assertThat(attendee.getParameter("CN").orElseThrow().getValue()).isEqualTo("Ana 'A' Lima");
        var organizing = invited.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizing.getValue()).isEqualTo("mailto:films@example.org");
        assertThat(organizing.getParameter("CN").orElseThrow().getValue()).isEqualTo("The 'Quiet' Club;X-A=1");
        assertThat(organizing.getParameters()).hasSize(1);

        screenings.cancel(slug, id);
        var cancel = parse(calendar.invitation(view(id), SITE, organizer, invitee));
        assertThat(value(cancel, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(event(cancel, id), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event(cancel, id), "UID")).isEqualTo(value(fed, "UID"));
    }

    @Test
    void a_club_with_nothing_scheduled_has_an_empty_calendar() throws Exception {
        var ics = parse(calendar.write("Quiet Club", List.of(), SITE));

        assertThat(ics.getComponents()).isEmpty();
        assertThat(value(ics, "X-WR-CALNAME")).isEqualTo("Quiet Club");
    }

    // ---- helpers ----

    /** One event, the screening's, with nothing a text field smuggled in: parsed back, and line by line. */
    private static void assertOnlyTheScreeningIn(String text, long id) throws Exception {
        var ics = parse(text);
        assertThat(ics.getComponents("VEVENT")).hasSize(1);
        var event = event(ics, id);
        assertThat(event.getProperties("ATTENDEE")).isEmpty();
        assertThat(event.getProperties("UID")).hasSize(1);
        assertThat(event.getProperties("SUMMARY")).hasSize(1);
        assertThat(event.getProperties("DTSTART")).hasSize(1);
        assertThat(event.getProperties().stream().map(Property::getName)).noneMatch(n -> n.startsWith("X-EVIL"));
        assertThat(ics.getProperties().stream().map(Property::getName)).noneMatch(n -> n.startsWith("X-EVIL"));
        assertThat(text)
                .doesNotContainPattern("\r(?!\n)")
                .doesNotContainPattern("(?<!\r)\n")
                .doesNotContainPattern("[\\p{Cc}\u2028\u2029&&[^\r\n]]");
        var lines = List.of(text.split("\r\n"));
        assertThat(lines).filteredOn(l -> l.equals("BEGIN:VEVENT")).hasSize(1);
        assertThat(lines)
                .filteredOn(l -> l.startsWith("ATTENDEE")
                        || l.startsWith("X-EVIL")
                        || l.startsWith("UID:evil")
                        || l.startsWith("SUMMARY:Free"))
                .isEmpty();
    }

    private ScreeningInput input(LocalDateTime start, ZoneId zone, String venue, String onlineLink) {
        return new ScreeningInput(filmId, start, zone, 160, venue, onlineLink, null, "");
    }

    private ScreeningCard view(long id) {
        return schedules.view(slug, id);
    }

    private String write(long id) {
        return calendar.write("Friday Films", List.of(view(id)), SITE);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar ics, long id) {
        return ics.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, "UID").equals("screening-" + id + "@filmclub"))
                .findFirst()
                .orElseThrow();
    }

    private static DtStart<ZonedDateTime> start(VEvent event) {
        return event.<ZonedDateTime>getStartDate().orElseThrow();
    }

    private static List<String> zoneIds(Calendar ics) {
        return ics.<VTimeZone>getComponents("VTIMEZONE").stream()
                .map(z -> z.getTimeZoneId().getValue())
                .toList();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static String value(Calendar ics, String property) {
        return ics.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
