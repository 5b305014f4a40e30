package org.filmclub.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.filmclub.base.AppPaths;
import org.filmclub.base.PublicUrl;
import org.filmclub.base.mail.MailContent;
import org.filmclub.base.mail.MailOutbox;
import org.filmclub.base.mail.MailTemplate;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubDirectory.ClubRef;
import org.filmclub.film.FilmNews;
import org.filmclub.member.MailKind;
import org.filmclub.member.MailRecipient;
import org.filmclub.member.MemberMail;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.question.QuestionNews;
import org.filmclub.screening.ScreeningNews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One club's weekly digest to each of its members who asked for it: the work {@link WeeklyDigest} does per club. */
@Service
class DigestMailer {

    static final Duration WEEK = Duration.ofDays(7);
    /** Films, essays and screenings listed each; a busier week is cut there. */
    static final int LISTED_MAX = 10;

    static final int QUESTIONS_MAX = 5;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    static final MailTemplate DIGEST = MailTemplate.of(
            "This week in {{club}}",
            """
            Hello {{name}},

            this week in {{club}}:

            {{#films}}New film: {{title}} ({{year}})
              {{link}}
            {{/films}}{{#essays}}New essay by {{author}} on {{film}}
              {{link}}
            {{/essays}}{{#screenings}}Screening of {{film}}: {{when}}
              {{link}}
            {{/screenings}}{{#questions}}Open question on {{film}} ({{votes}}): {{text}}
              {{link}}
            {{/questions}}
            The club: {{clubLink}}
            You get this weekly digest because you asked for it.
            {{#unsubscribe}}To get no more of it: {{link}}
            {{/unsubscribe}}""",
            """
            <p>Hello {{name}},</p>
            <p>this week in <a href="{{clubLink}}">{{club}}</a>:</p>
            <ul>
            {{#films}}<li>New film: <a href="{{link}}">{{title}}</a> ({{year}})</li>
            {{/films}}{{#essays}}<li>New essay by {{author}} on <a href="{{link}}">{{film}}</a></li>
            {{/essays}}{{#screenings}}<li><a href="{{link}}">Screening of {{film}}</a>: {{when}}</li>
            {{/screenings}}{{#questions}}<li>Open question on <a href="{{link}}">{{film}}</a> ({{votes}}): {{text}}</li>
            {{/questions}}</ul>
            <p>You get this weekly digest because you asked for it.</p>
            {{#unsubscribe}}<p><a href="{{link}}">Get no more of it</a></p>
            {{/unsubscribe}}""");

    private final ClubAccess access;
    private final MemberMail memberMail;
    private final MemberService members;
    private final FilmNews films;
    private final QuestionNews questions;
    private final ScreeningNews screenings;
    private final PublicUrl publicUrl;
    private final MailOutbox outbox;

    DigestMailer(
            ClubAccess access,
            MemberMail memberMail,
            MemberService members,
            FilmNews films,
            QuestionNews questions,
            ScreeningNews screenings,
            PublicUrl publicUrl,
            MailOutbox outbox) {
        this.access = access;
        this.memberMail = memberMail;
        this.members = members;
        this.films = films;
        this.questions = questions;
        this.screenings = screenings;
        this.publicUrl = publicUrl;
        this.outbox = outbox;
    }

    private record News(
            List<FilmNews.NewFilm> films,
            List<FilmNews.NewEssay> essays,
            List<ScreeningNews.Upcoming> screenings,
            List<QuestionNews.TopQuestion> questions) {

        boolean isEmpty() {
            return films.isEmpty() && essays.isEmpty() && screenings.isEmpty() && questions.isEmpty();
        }
    }

    /**
     * The club's last seven days to each current member who wants the digest, once per {@code week}; nothing
     * when nothing happened or nobody wants it.
     */
    @Transactional
    public void mailClub(ClubRef club, Instant now, String week) {
        var recipients = memberMail.recipients(access.currentMemberIds(club.id()), MailKind.DIGEST);
        if (recipients.isEmpty() || publicUrl.of(AppPaths.club(club.slug())).isEmpty()) {
            return;
        }
        var from = now.minus(WEEK);
        var news = new News(
                films.filmsAdded(club.id(), from, now, LISTED_MAX),
                films.essaysPublished(club.id(), from, now, LISTED_MAX),
                screenings.startingBetween(club.id(), now, now.plus(WEEK), LISTED_MAX),
                questions.mostVotedOpen(club.id(), from, now, QUESTIONS_MAX));
        if (news.isEmpty()) {
            return;
        }
        var authors = members.profiles(
                news.essays().stream().map(FilmNews.NewEssay::authorId).collect(Collectors.toSet()));
        var profiles = members.profiles(recipients.keySet());
        for (var recipient : recipients.values()) {
            var zone = profiles.containsKey(recipient.memberId())
                    ? profiles.get(recipient.memberId()).timeZone()
                    : ZoneId.of("UTC");
            outbox.enqueue(recipient
                    .mail(content(club, news, authors, recipient, zone), MailKind.DIGEST)
                    .withKey("digest:" + recipient.memberId() + ":" + club.id() + ":" + week));
        }
    }

    private MailContent content(
            ClubRef club, News news, Map<Long, MemberProfile> authors, MailRecipient recipient, ZoneId zone) {
        var values = new HashMap<String, Object>();
        values.put("name", recipient.name());
        values.put("club", club.name());
        values.put("clubLink", link(AppPaths.club(club.slug())));
        values.put(
                "films",
                news.films().stream()
                        .map(f -> Map.of(
                                "title", f.title(), "year", f.year(), "link", link(AppPaths.film(club.slug(), f.id()))))
                        .toList());
        values.put(
                "essays",
                news.essays().stream()
                        .map(e -> Map.of(
                                "author", MemberProfile.nameOf(authors.get(e.authorId())),
                                "film", e.filmTitle(),
                                "link", link(AppPaths.film(club.slug(), e.filmId()))))
                        .toList());
        values.put(
                "screenings",
                news.screenings().stream()
                        .map(s -> Map.of(
                                "film", s.filmTitle(),
                                "when", WHEN.format(s.startsAt().atZone(zone)) + " (" + zone.getId() + ")",
                                "link", link(AppPaths.screening(club.slug(), s.id()))))
                        .toList());
        values.put(
                "questions",
                news.questions().stream()
                        .map(q -> Map.of(
                                "film", q.filmTitle(),
                                "votes", q.votes() == 1 ? "1 vote" : q.votes() + " votes",
                                "text", q.text(),
                                "link", link(AppPaths.film(club.slug(), q.filmId()))))
                        .toList());
        values.put(
                "unsubscribe",
                recipient.unsubscribeUrl() == null ? List.of() : List.of(Map.of("link", recipient.unsubscribeUrl())));
        return DIGEST.render(values);
    }

    private String link(String path) {
        return publicUrl.of(path).orElseThrow();
    }
}
