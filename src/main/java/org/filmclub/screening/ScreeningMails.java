package org.filmclub.screening;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.filmclub.base.AppPaths;
import org.filmclub.base.PublicUrl;
import org.filmclub.base.mail.Mail;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.filmclub.member.MailKind;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail about a screening, written to the outbox in the transaction that changed it, so a change that rolls
 * back mails nobody. Each mail carries the screening's calendar entry from {@link ScreeningCalendar} (the
 * feed's UID and SEQUENCE) so a calendar program keeps one event up to date. Only current members of the
 * club who want screening mail ({@link MailKind#SCREENINGS}) and have a verified address get any.
 *
 * <p>Who hears of what, by their answer: a change or a cancellation goes to those going, maybe going, or
 * waiting for a seat (each said they want to come); a reminder to those going or maybe going, as the
 * in-app reminder does. A member who said they cannot go declined, and hears no more of it.
 */
@Component
class ScreeningMails {

    /** Answers whose members hear of changes and a cancellation. */
    static final Set<Answer> INTERESTED = EnumSet.of(Answer.GOING, Answer.MAYBE, Answer.WAITLIST);

    /** Answers whose members get the reminder. */
    static final Set<Answer> COMING = EnumSet.of(Answer.GOING, Answer.MAYBE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private static final String FOOTER_TEXT =
            """

            You get this because you are in {{club}}. No more screening mail: {{unsubscribe}}
            """;
    private static final String FOOTER_HTML =
            """
            <p style="color:#666;font-size:smaller">You get this because you are in {{club}}.
            <a href="{{unsubscribe}}">No more screening mail</a>.</p>
            """;

    private static final MailTemplate SCHEDULED = MailTemplate.of(
            "{{club}}: {{film}} on {{day}} at {{time}}",
            """
            Hello {{name}},

            {{host}} scheduled a screening of {{film}} for {{club}}.

            When: {{when}}
            Where: {{where}}

            Say whether you are coming: {{link}}

            The calendar entry in this mail stays up to date: a new time or place, or a cancellation, comes
            as another mail that changes it.
            """
                    + FOOTER_TEXT,
            """
            <p>Hello {{name}},</p>
            <p>{{host}} scheduled a screening of <b>{{film}}</b> for {{club}}.</p>
            <p>When: {{when}}<br>Where: {{where}}</p>
            <p><a href="{{link}}">Say whether you are coming</a></p>
            <p>The calendar entry in this mail stays up to date: a new time or place, or a cancellation, comes
            as another mail that changes it.</p>
            """
                    + FOOTER_HTML);

    private static final MailTemplate CHANGED = MailTemplate.of(
            "{{club}}: {{what}} for {{film}}, {{day}} at {{time}}",
            """
            Hello {{name}},

            {{host}} changed the screening of {{film}} for {{club}}: {{changes}}.

            When: {{when}}
            Where: {{where}}

            Details and answers: {{link}}

            The calendar entry in this mail replaces the one you have.
            """
                    + FOOTER_TEXT,
            """
            <p>Hello {{name}},</p>
            <p>{{host}} changed the screening of <b>{{film}}</b> for {{club}}: {{changes}}.</p>
            <p>When: {{when}}<br>Where: {{where}}</p>
            <p><a href="{{link}}">Details and answers</a></p>
            <p>The calendar entry in this mail replaces the one you have.</p>
            """
                    + FOOTER_HTML);

    private static final MailTemplate CANCELLED = MailTemplate.of(
            "{{club}}: cancelled, {{film}} on {{day}} at {{time}}",
            """
            Hello {{name}},

            {{host}} cancelled the screening of {{film}} for {{club}}.

            It was to be: {{when}}
            Where: {{where}}

            The calendar entry in this mail takes it out of your calendar. The screening's page: {{link}}
            """
                    + FOOTER_TEXT,
            """
            <p>Hello {{name}},</p>
            <p>{{host}} cancelled the screening of <b>{{film}}</b> for {{club}}.</p>
            <p>It was to be: {{when}}<br>Where: {{where}}</p>
            <p>The calendar entry in this mail takes it out of your calendar.
            <a href="{{link}}">The screening's page</a></p>
            """
                    + FOOTER_HTML);

    private static final MailTemplate REMINDER = MailTemplate.of(
            "{{club}}: {{film}} starts at {{time}} ({{day}})",
            """
            Hello {{name}},

            a reminder: the screening of {{film}} for {{club}} starts soon.

            When: {{when}}
            Where: {{where}}

            Details and answers: {{link}}
            """
                    + FOOTER_TEXT,
            """
            <p>Hello {{name}},</p>
            <p>a reminder: the screening of <b>{{film}}</b> for {{club}} starts soon.</p>
            <p>When: {{when}}<br>Where: {{where}}</p>
            <p><a href="{{link}}">Details and answers</a></p>
            """
                    + FOOTER_HTML);

    private final MemberMail memberMail;
    private final MailOutbox outbox;
    private final ScreeningCalendar calendar;
    private final Rsvps rsvps;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final PublicUrl publicUrl;

    ScreeningMails(
            MemberMail memberMail,
            MailOutbox outbox,
            ScreeningCalendar calendar,
            Rsvps rsvps,
            ClubAccess access,
            FilmService films,
            MemberService members,
            PublicUrl publicUrl) {
        this.memberMail = memberMail;
        this.outbox = outbox;
        this.calendar = calendar;
        this.rsvps = rsvps;
        this.access = access;
        this.films = films;
        this.members = members;
        this.publicUrl = publicUrl;
    }

    /** A new screening has no answers yet: every member of the club who wants screening mail hears of it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void scheduled(Screening screening, long hostId) {
        var everyone = access.currentMemberIds(screening.clubId()).stream()
                .collect(Collectors.toMap(id -> id, id -> Optional.<Answer>empty()));
        send(
                screening,
                everyone,
                SCHEDULED,
                Map.of("host", hostName(hostId)),
                "screening-scheduled:" + screening.getId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void changed(Screening screening, long hostId, Set<Screening.Change> changes) {
        send(
                screening,
                answered(screening, INTERESTED),
                CHANGED,
                Map.of("host", hostName(hostId), "what", headline(changes), "changes", describe(changes)),
                "screening-changed:" + screening.getId() + ":" + screening.sequence());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cancelled(Screening screening, long hostId) {
        send(
                screening,
                answered(screening, INTERESTED),
                CANCELLED,
                Map.of("host", hostName(hostId)),
                "screening-cancelled:" + screening.getId());
    }

    /** Keyed by the start time: a screening moved to a new time gets a reminder of its own, and only one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void reminder(Screening screening) {
        send(
                screening,
                answered(screening, COMING),
                REMINDER,
                Map.of(),
                "screening-reminder:" + screening.getId() + ":"
                        + screening.startsAt().getEpochSecond());
    }

    private Map<Long, Optional<Answer>> answered(Screening screening, Set<Answer> answers) {
        var found = new LinkedHashMap<Long, Optional<Answer>>();
        for (var row : rsvps.all(screening.getId())) {
            if (answers.contains(row.answer())) {
                found.put(row.memberId(), Optional.of(row.answer()));
            }
        }
        // A member who left the club gets no more of its mail, whatever answer of theirs remains.
        found.keySet().retainAll(access.currentMembersAmong(screening.clubId(), found.keySet()));
        return found;
    }

    /**
     * One mail per member, each with its own calendar entry naming that member, and an idempotency key that
     * makes the same occasion twice (a retried job, a second node) mail nobody twice.
     */
    private void send(
            Screening screening,
            Map<Long, Optional<Answer>> answers,
            MailTemplate template,
            Map<String, String> extra,
            String key) {
        if (answers.isEmpty()) {
            return;
        }
        var recipients = memberMail.recipients(answers.keySet(), MailKind.SCREENINGS);
        if (recipients.isEmpty()) {
            return;
        }
        var slug = access.slugOf(screening.clubId());
        var site = publicUrl.of("").map(URI::create);
        var link = publicUrl.of(AppPaths.screening(slug, screening.getId()));
        if (site.isEmpty() || link.isEmpty()) {
            return; // PublicUrl has logged why nothing can be mailed
        }
        var clubName = access.nameOf(screening.clubId());
        var title =
                films.titles(screening.clubId(), Set.of(screening.filmId())).getOrDefault(screening.filmId(), "A film");
        var card = ScreeningCards.card(screening, slug, title, List.of(), Optional.empty(), false, Optional.empty());
        var organizer = new ScreeningCalendar.Organizer(outbox.senderAddress(), clubName);
        var zones = zonesOf(recipients.keySet(), screening.zone());
        var method = screening.status() == ScreeningStatus.CANCELLED
                ? Mail.CalendarMethod.CANCEL
                : Mail.CalendarMethod.REQUEST;
        for (var recipient : recipients.values()) {
            var zone = zones.getOrDefault(recipient.memberId(), screening.zone());
            var values = new LinkedHashMap<String, Object>(extra);
            values.put("name", recipient.name());
            values.put("film", title);
            values.put("club", clubName);
            values.put("link", link.get());
            values.put("where", where(screening));
            values.put("unsubscribe", recipient.unsubscribeUrl() == null ? link.get() : recipient.unsubscribeUrl());
            var starts = screening.startsAt().atZone(zone);
            values.put("when", WHEN.format(starts) + " (" + zone.getId() + ")");
            values.put("day", DAY.format(starts));
            values.put("time", TIME.format(starts));
            var ics = calendar.invitation(
                    card,
                    site.get(),
                    organizer,
                    new ScreeningCalendar.Invitee(
                            recipient.address(),
                            recipient.name(),
                            answers.getOrDefault(recipient.memberId(), Optional.empty())));
            outbox.enqueue(recipient
                    .mail(template.render(values), MailKind.SCREENINGS)
                    .withCalendar(method, ics)
                    .withKey(key + ":" + recipient.memberId()));
        }
    }

    /** Each recipient's own time zone, so a time reads as their clock shows it; one query for all. */
    private Map<Long, ZoneId> zonesOf(Collection<Long> memberIds, ZoneId fallback) {
        return members.profiles(memberIds).values().stream()
                .collect(Collectors.toMap(
                        MemberProfile::id, p -> p.timeZone() == null ? fallback : p.timeZone(), (a, b) -> a));
    }

    private String hostName(long hostId) {
        return MemberProfile.nameOf(members.profiles(List.of(hostId)).get(hostId));
    }

    private static String where(Screening screening) {
        var online = screening.onlineLink().isBlank() ? "" : "online at " + screening.onlineLink();
        return Stream.of(screening.venue(), online).filter(w -> !w.isBlank()).collect(Collectors.joining("; "));
    }

    private static String headline(Set<Screening.Change> changes) {
        if (changes.size() > 1) {
            return "Changes";
        }
        return switch (changes.iterator().next()) {
            case TIME -> "A new time";
            case PLACE -> "A new place";
            case FILM -> "A new film";
        };
    }

    private static String describe(Set<Screening.Change> changes) {
        return changes.stream()
                .map(c -> switch (c) {
                    case TIME -> "a new time";
                    case PLACE -> "a new place";
                    case FILM -> "a new film";
                })
                .collect(Collectors.joining(" and "));
    }
}
