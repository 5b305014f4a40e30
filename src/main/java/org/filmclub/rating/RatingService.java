package org.filmclub.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.filmclub.markdown.MarkdownRenderer;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' ratings of their club's films. Every method acts as the current member and checks what they may do;
 * another club's films look missing. Each rating is kept: rating again adds an entry, never replaces one.
 * <p>
 * For other features (the club's taste, Letterboxd in and out): {@link #rate} writes, {@link #club} reads every
 * kept rating of the club as the member may see them, {@link #film} one film's ratings with their aggregates.
 */
@Service
public class RatingService {

    /** Another tab of the same member, or a removal of the film, can get in the way of a write this often. */
    private static final int ATTEMPTS = 5;

    private final RatingRepository ratings;
    private final RatingSettings settings;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final MarkdownRenderer renderer;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RatingService(
            RatingRepository ratings,
            RatingSettings settings,
            ClubAccess access,
            FilmService films,
            MemberService members,
            CurrentMember currentMember,
            MarkdownRenderer renderer,
            InputValidator validator,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.ratings = ratings;
        this.settings = settings;
        this.access = access;
        this.films = films;
        this.members = members;
        this.currentMember = currentMember;
        this.renderer = renderer;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Rates a film of the member's club; a member who rated it before adds a new rating after their earlier
     * ones. Sending the same rating again changes nothing. Two tabs rating at once both get their rating kept,
     * one after the other; a film removed meanwhile is refused as missing, with nothing written.
     *
     * @return the rating as kept
     */
    public RatingEntry rate(String slug, long filmId, RatingInput input) {
        var checked = check(input);
        var html = checked.take().isEmpty() ? "" : rendered(checked.take());
        DataIntegrityViolationException conflict = null;
        for (var attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> rateOnce(slug, filmId, checked, html)));
            } catch (DataIntegrityViolationException sameNumberOrFilmGone) {
                // Another tab took the next number first, or the film went away: read again and decide anew.
                conflict = sameNumberOrFilmGone;
            }
        }
        throw conflict;
    }

    private RatingEntry rateOnce(String slug, long filmId, RatingInput input, String html) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        var me = membership.memberId();
        var halves = input.halves();
        var previous = ratings.findFirstByFilmIdAndMemberIdOrderBySeqDesc(filmId, me);
        if (previous.isPresent() && previous.get().sameAs(halves, input.take(), input.watchedOn())) {
            return previous.get().toEntry();
        }
        RatingLimits.RATING_FLOOD.check(
                ratings.countByClubIdAndMemberIdAndRatedAtAfter(
                        membership.clubId(), me, RatingLimits.RATING_FLOOD.since(clock)),
                "stars",
                "ratings",
                " Your rating and take are still here; try again later.");
        var at = clock.instant();
        var rating = previous.map(p -> p.next(halves, input.take(), html, input.watchedOn(), at))
                .orElseGet(() -> Rating.first(
                        membership.clubId(), filmId, me, halves, input.take(), html, input.watchedOn(), at));
        var saved = ratings.saveAndFlush(rating);
        events.publishEvent(new RatingsChanged(filmId, membership.clubId()));
        return saved.toEntry();
    }

    /** A rating to give only if the member's current rating of the film is still {@code expected} (null: none yet). */
    public record Expected(long filmId, RatingInput input, Integer expected) {}

    /**
     * Gives many ratings in one transaction, as an import does: each only if the member's current rating of the film
     * is still the one they saw, so nothing they did not see is replaced; a film no longer in the club is skipped.
     * Another tab rating meanwhile makes the whole batch read again and decide anew.
     *
     * @return the films rated
     */
    public Set<Long> rateAllIfUnchanged(String slug, List<Expected> wanted) {
        var checked = new ArrayList<Expected>();
        var html = new java.util.HashMap<Long, String>();
        // The member's today, read once for the whole batch rather than once per dated rating.
        var today = LocalDate.now(clock.withZone(currentMember.require().timeZone()));
        for (var w : wanted) {
            var input = check(w.input(), () -> today);
            checked.add(new Expected(w.filmId(), input, w.expected()));
            html.put(w.filmId(), input.take().isEmpty() ? "" : rendered(input.take()));
        }
        DataIntegrityViolationException conflict = null;
        for (var attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> rateAllOnce(slug, checked, html)));
            } catch (DataIntegrityViolationException sameNumberOrFilmGone) {
                conflict = sameNumberOrFilmGone;
            }
        }
        throw conflict;
    }

    private Set<Long> rateAllOnce(String slug, List<Expected> wanted, java.util.Map<Long, String> html) {
        var membership = access.requireMember(slug);
        var me = membership.memberId();
        var inClub = films.filmsByTitle(membership).values().stream()
                .map(org.filmclub.film.FilmSummary::id)
                .collect(Collectors.toSet());
        var latest = new java.util.HashMap<Long, Rating>();
        ratings.findByClubIdAndMemberIdOrderBySeqAsc(membership.clubId(), me).forEach(r -> latest.put(r.filmId(), r));
        var at = clock.instant();
        var rated = new java.util.LinkedHashSet<Long>();
        var batch = new ArrayList<Rating>();
        for (var w : wanted) {
            var previous = latest.get(w.filmId());
            var now = previous == null ? null : previous.halves();
            if (!inClub.contains(w.filmId()) || !Objects.equals(now, w.expected()) || rated.contains(w.filmId())) {
                continue;
            }
            var input = w.input();
            batch.add(
                    previous == null
                            ? Rating.first(
                                    membership.clubId(),
                                    w.filmId(),
                                    me,
                                    input.halves(),
                                    input.take(),
                                    html.get(w.filmId()),
                                    input.watchedOn(),
                                    at)
                            : previous.next(input.halves(), input.take(), html.get(w.filmId()), input.watchedOn(), at));
            rated.add(w.filmId());
        }
        ratings.saveAllAndFlush(batch);
        rated.forEach(film -> events.publishEvent(new RatingsChanged(film, membership.clubId())));
        return rated;
    }

    /** The film's ratings as the member may see them: without the club's, while the club hides them from them. */
    @Transactional(readOnly = true)
    public FilmRatings film(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        return read(filmId, membership.clubId()).seenBy(membership.memberId());
    }

    /** The same, for a page already open, found by the club's id, which stays when its address changes. */
    @Transactional(readOnly = true)
    public FilmRatings film(long clubId, long filmId) {
        var membership = access.requireMember(clubId);
        films.filmIn(membership, filmId);
        return read(filmId, membership.clubId()).seenBy(membership.memberId());
    }

    /** Every rating the member gave this film, in the order given. */
    @Transactional(readOnly = true)
    public List<RatingEntry> myHistory(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.filmIn(membership, filmId);
        return ratings.findByFilmIdOrderByMemberIdAscSeqAsc(filmId).stream()
                .filter(r -> r.memberId() == membership.memberId())
                .map(Rating::toEntry)
                .toList();
    }

    /** Every kept rating of the club's films, as the member may see them (see {@link ClubRatings}). */
    @Transactional(readOnly = true)
    public ClubRatings club(String slug) {
        var membership = access.requireMember(slug);
        var me = membership.memberId();
        var current = access.currentMemberIds(membership.clubId());
        var all = ratings.findByClubIdOrderByFilmIdAscMemberIdAscSeqAsc(membership.clubId()).stream()
                .filter(r -> current.contains(r.memberId()))
                .toList();
        var hidden = settings.hiddenUntilRated(membership.clubId());
        Set<Long> withheld = Set.of();
        if (hidden) {
            var ratedByMe = all.stream()
                    .filter(r -> r.memberId() == me)
                    .map(Rating::filmId)
                    .collect(Collectors.toSet());
            withheld = all.stream()
                    .map(Rating::filmId)
                    .filter(film -> !ratedByMe.contains(film))
                    .collect(Collectors.toSet());
        }
        var shown = withheld;
        return new ClubRatings(
                membership.clubId(),
                me,
                hidden,
                shown,
                all.stream()
                        .filter(r -> !shown.contains(r.filmId()))
                        .map(Rating::toEntry)
                        .toList());
    }

    /** Whether the club hides its ratings of a film from a member until they rated it. */
    @Transactional(readOnly = true)
    public boolean hiddenUntilRated(String slug) {
        return settings.hiddenUntilRated(access.requireMember(slug).clubId());
    }

    /** A host chooses whether the club's ratings stay hidden from a member until they rated the film. */
    @Transactional
    public void setHiddenUntilRated(String slug, boolean hidden) {
        var membership = access.requireHostLocked(slug, "choose when members see the club's ratings");
        settings.setHiddenUntilRated(membership.clubId(), hidden);
        ratings.ratedFilms(membership.clubId())
                .forEach(film -> events.publishEvent(new RatingsChanged(film, membership.clubId())));
    }

    /**
     * Everything about a film's ratings, for every open page at once; each page then shows it as its member may
     * see it. Only members in the club now count.
     */
    FilmRatings read(long filmId, long clubId) {
        var readAt = clock.instant();
        var current = access.currentMemberIds(clubId);
        var rows = ratings.findByFilmIdOrderByMemberIdAscSeqAsc(filmId).stream()
                .filter(r -> current.contains(r.memberId()))
                .toList();
        var people = new HashSet<Long>();
        rows.forEach(r -> people.add(r.memberId()));
        var profiles = members.profiles(people);
        var byMember = new LinkedHashMap<Long, List<Rating>>();
        rows.forEach(r ->
                byMember.computeIfAbsent(r.memberId(), m -> new ArrayList<>()).add(r));
        var lines = new ArrayList<FilmRatings.MemberRating>();
        var takes = new ArrayList<FilmRatings.Take>();
        byMember.forEach((member, given) -> {
            var name = MemberProfile.nameOf(profiles.get(member));
            var first = given.get(0);
            var latest = given.get(given.size() - 1);
            lines.add(new FilmRatings.MemberRating(
                    member, name, first.halves(), latest.halves(), given.size(), latest.ratedAt(), latest.watchedOn()));
            var said = "";
            for (var r : given) {
                // A take sent again unchanged with new stars is the same take: shown once, with its latest stars.
                if (!r.take().isEmpty() && !r.take().equals(said)) {
                    takes.add(new FilmRatings.Take(member, name, r.halves(), r.takeHtml(), r.ratedAt(), r.seq() == 1));
                } else if (!r.take().isEmpty() && !takes.isEmpty()) {
                    var last = takes.remove(takes.size() - 1);
                    takes.add(new FilmRatings.Take(member, name, r.halves(), last.html(), r.ratedAt(), false));
                }
                said = r.take();
            }
        });
        lines.sort(java.util.Comparator.comparing(FilmRatings.MemberRating::name)
                .thenComparingLong(FilmRatings.MemberRating::memberId));
        takes.sort(java.util.Comparator.comparing(FilmRatings.Take::ratedAt).reversed());
        return new FilmRatings(filmId, clubId, readAt, settings.hiddenUntilRated(clubId), false, lines, takes);
    }

    /** The input as the rules allow it, or a refusal naming the field; the watch date is judged where the member lives. */
    private RatingInput check(RatingInput input) {
        return check(
                input,
                () -> LocalDate.now(clock.withZone(currentMember.require().timeZone())));
    }

    /** @param today the member's today, asked for only when the input names a watch date */
    private RatingInput check(RatingInput input, java.util.function.Supplier<LocalDate> today) {
        var checked = validator.check(input);
        if (!checked.onHalfStep()) {
            throw InvalidInputException.of("stars", "Ratings go in half stars, like 3 or 3½.");
        }
        var on = checked.watchedOn();
        if (on != null) {
            if (on.isAfter(today.get())) {
                throw InvalidInputException.of("watchedOn", "That day has not come yet where you are.");
            }
            if (on.isBefore(RatingLimits.WATCHED_EARLIEST)) {
                throw InvalidInputException.of(
                        "watchedOn", "Pick a day after " + RatingLimits.WATCHED_EARLIEST.getYear() + ".");
            }
        }
        return checked;
    }

    private String rendered(String take) {
        var html = renderer.message(take, name -> false);
        if (html.length() > RatingLimits.TAKE_HTML_MAX) {
            throw InvalidInputException.of("take", "This take has too much markup to show. Shorten it.");
        }
        return html;
    }
}
