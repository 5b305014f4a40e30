package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screening mail as members receive it from the app's SMTP server: once each, readable as text and HTML,
 * with a calendar entry that updates the one event a calendar program already has; never to a member of
 * another club, one who left, or one who does not want it.
 */
class ScreeningMailTest extends AbstractAppTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Autowired
    private ScreeningService screenings;

    @Autowired
    private ScreeningUpkeep upkeep;

    @Autowired
    private ScreeningMails mails;

    @Autowired
    private ScreeningRepository repository;

    @Autowired
    private FilmService films;

    @Autowired
    private MemberMail memberMail;

    @Autowired
    private GreenMail server;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    private MemberProfile host;
    private MemberProfile ana;
    private MemberProfile ben;
    private MemberProfile cem;
    private String slug;
    private long filmId;
    private LocalDateTime evening;

    @BeforeEach
    void aClubWhoseMembersHaveAddresses() {
        var now = clock.stopAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        evening = LocalDateTime.ofInstant(now, LISBON).plusDays(3).withHour(20).withMinute(0);
        host = verified(newMember("Hana Host"));
        ana = verified(newMember("Ana Going"));
        ben = verified(newMember("Ben Maybe"));
        cem = verified(newMember("Cem Cannot"));
        slug = newClub(host, ana, ben, cem);
        loginAs(host);
        filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    @Test
    void a_new_screening_is_mailed_once_to_each_member_with_text_html_and_an_invitation() throws Exception {
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));

        for (var member : List.of(host, ana, ben, cem)) {
            var mail = await(member, 1).get(0);
            assertThat(mail.getSubject()).contains("Her");
            assertThat(parts(mail, "text/plain")).hasSize(1);
            assertThat(parts(mail, "text/html")).hasSize(1);
            assertThat(mail.getHeader("List-Unsubscribe")).isNotEmpty();
            var calendar = calendarOf(mail);
            assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
            var event = event(calendar);
            assertThat(value(event, "UID")).isEqualTo("screening-" + id + "@filmclub");
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "LOCATION")).isEqualTo("Cinema Ideal");
            assertThat(value(event, "ATTENDEE")).isEqualToIgnoringCase("mailto:" + address(member));
        }
        assertThat(text(await(ana, 1).get(0))).contains("Hana Host scheduled a screening of Her");
    }

    @Test
    void a_change_reaches_those_who_answered_and_updates_the_same_event() throws Exception {
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));
        answer(ana, id, Answer.GOING);
        answer(ben, id, Answer.MAYBE);
        answer(cem, id, Answer.NOT_GOING);
        var invited = event(calendarOf(await(ana, 1).get(0)));

        loginAs(host);
        clock.stopAt(clock.instant().plusSeconds(60));
        screenings.edit(slug, id, input(evening.plusHours(1), "Cinema Ideal"), false);

        var changed = await(ana, 2).get(1);
        assertThat(changed.getSubject()).contains("A new time");
        var calendar = calendarOf(changed);
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        var event = event(calendar);
        assertThat(value(event, "UID")).isEqualTo(value(invited, "UID"));
        assertThat(Integer.parseInt(value(event, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(invited, "SEQUENCE")));
        assertThat(event.getProperty(Property.ATTENDEE)
                        .orElseThrow()
                        .getParameter("PARTSTAT")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("ACCEPTED");
        assertThat(await(ben, 2).get(1).getSubject()).contains("A new time");
        assertThat(outboxed(cem, "screening-changed"))
                .as("a member who cannot go hears no more")
                .isZero();
    }

    @Test
    void a_cancellation_cancels_the_event_in_the_calendar() throws Exception {
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));
        answer(ana, id, Answer.GOING);
        var invited = event(calendarOf(await(ana, 1).get(0)));

        loginAs(host);
        screenings.cancel(slug, id);

        var cancelled = await(ana, 2).get(1);
        assertThat(cancelled.getSubject()).contains("cancelled");
        var calendar = calendarOf(cancelled);
        assertThat(value(calendar, "METHOD")).isEqualTo("CANCEL");
        var event = event(calendar);
        assertThat(value(event, "UID")).isEqualTo(value(invited, "UID"));
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(event, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(invited, "SEQUENCE")));
        assertThat(outboxed(ben, "screening-cancelled"))
                .as("no answer, no mail")
                .isZero();
    }

    @Test
    void the_reminder_is_mailed_once_to_each_member_going_or_maybe() throws Exception {
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));
        answer(ana, id, Answer.GOING);
        answer(ben, id, Answer.MAYBE);
        answer(cem, id, Answer.NOT_GOING);

        clock.stopAt(repository.findById(id).orElseThrow().startsAt().minus(Duration.ofHours(1)));
        upkeep.remind(id);
        upkeep.remind(id);
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        t -> mails.reminder(repository.findById(id).orElseThrow()));

        var reminder = await(ana, 2).get(1);
        assertThat(reminder.getSubject()).contains("Her starts at 20:00");
        assertThat(value(calendarOf(reminder), "METHOD")).isEqualTo("REQUEST");
        assertThat(await(ben, 2).get(1).getSubject()).contains("starts at");
        assertThat(outboxed(ana, "screening-reminder")).isEqualTo(1);
        assertThat(outboxed(ben, "screening-reminder")).isEqualTo(1);
        assertThat(outboxed(cem, "screening-reminder")).isZero();
    }

    @Test
    void a_member_who_left_the_club_gets_no_more_of_its_mail() {
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));
        answer(ana, id, Answer.GOING);
        answer(ben, id, Answer.GOING);
        loginAs(ben);
        clubService.leave(slug);

        loginAs(host);
        screenings.edit(slug, id, input(evening, "Elsewhere"), false);

        await(ana, 2);
        assertThat(outboxed(ben, "screening-changed")).isZero();
    }

    @Test
    void a_member_of_another_club_never_gets_the_mail() {
        var outsider = verified(newMember("Olga Outsider"));
        newClub(outsider);

        loginAs(host);
        screenings.schedule(slug, input(evening, "Cinema Ideal"));

        await(ana, 1);
        assertThat(outboxed(outsider, "screening")).isZero();
    }

    @Test
    void a_member_who_turned_screening_mail_off_gets_none() {
        loginAs(ben);
        memberMail.choose(MailKind.SCREENINGS, false);

        loginAs(host);
        var id = screenings.schedule(slug, input(evening, "Cinema Ideal"));
        answer(ana, id, Answer.GOING);
        answer(ben, id, Answer.GOING);
        loginAs(host);
        screenings.cancel(slug, id);

        await(ana, 2);
        assertThat(outboxed(ben, "screening")).isZero();
    }

    @Test
    void a_member_without_a_verified_address_gets_nothing() {
        var unverified = newMember("Una Unverified");
        loginAs(host);
        var invite = clubService.home(slug).invite().orElseThrow().code();
        loginAs(unverified);
        clubService.join(invite);

        loginAs(host);
        screenings.schedule(slug, input(evening, "Cinema Ideal"));

        await(ana, 1);
        assertThat(outboxed(unverified, "screening")).isZero();
    }

    @Test
    void a_line_break_in_a_title_or_place_adds_no_header() throws Exception {
        var sneaky = films.add(slug, new FilmDetails("Her\r\nBcc: eve@example.org", 2013, "Spike Jonze", 126, "", ""))
                .id();
        screenings.schedule(
                slug,
                new ScreeningInput(sneaky, evening, LISBON, 120, "Cinema\r\nX-Evil: yes <b>bold</b>", "", null, ""));

        var mail = await(ana, 1).get(0);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Evil")).isNull();
        assertThat(mail.getSubject()).doesNotContain("\r").doesNotContain("\n").contains("Bcc: eve@example.org");
        assertThat(html(mail)).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>");
        assertThat(server.getReceivedMessagesForDomain("eve@example.org")).isEmpty();
    }

    // ---- helpers ----

    private MemberProfile verified(MemberProfile member) {
        jdbc.sql("update members set email_verified_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", member.id())
                .update();
        return member;
    }

    private static String address(MemberProfile member) {
        return member.username() + "@example.org";
    }

    private void answer(MemberProfile member, long id, Answer answer) {
        loginAs(member);
        screenings.rsvp(slug, id, answer);
    }

    private ScreeningInput input(LocalDateTime start, String venue) {
        return new ScreeningInput(filmId, start, LISBON, 120, venue, "", null, "");
    }

    /** Mail of this kind written to the outbox for the member: what decides whether any is sent. */
    private long outboxed(MemberProfile member, String keyPrefix) {
        return jdbc.sql("select count(*) from mail_outbox where to_address = :to and idempotency_key like :key")
                .param("to", address(member))
                .param("key", keyPrefix + "%")
                .query(Long.class)
                .single();
    }

    /** The screening mail (with a calendar entry) that reached the member, once {@code count} have. */
    private List<MimeMessage> await(MemberProfile member, int count) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = screeningMailTo(address(member));
            if (arrived.size() >= count) {
                return arrived;
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError(count + " screening mails to " + address(member) + " did not arrive");
    }

    private List<MimeMessage> screeningMailTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, address))
                .filter(m -> !parts(m, "text/calendar").isEmpty())
                .toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static List<Part> parts(Part part, String type) {
        try {
            if (part.isMimeType("multipart/*")) {
                var found = new ArrayList<Part>();
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.addAll(parts(multipart.getBodyPart(i), type));
                }
                return found;
            }
            return part.isMimeType(type) ? List.of(part) : Collections.emptyList();
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String content(Part part) {
        try {
            var content = part.getContent();
            return content instanceof String s ? s : new String(((java.io.InputStream) content).readAllBytes());
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(MimeMessage mail) {
        return content(parts(mail, "text/plain").get(0));
    }

    private static String html(MimeMessage mail) {
        return content(parts(mail, "text/html").get(0));
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        var ics = content(parts(mail, "text/calendar").get(0));
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
