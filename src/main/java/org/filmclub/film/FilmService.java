package org.filmclub.film;

import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A club's films and the page of each. Every method acts as the current member and checks what they may do. */
@Service
public class FilmService {

    static final String NO_SUCH_FILM = "There is no such film in this club. It may have been removed.";
    static final int MAX_PAGE = 200;

    private final FilmRepository films;
    private final EssayRepository essays;
    private final ClubAccess access;
    private final MemberService members;
    private final StoredEssays stored;
    private final EssayFolds folds;
    private final InputValidator validator;
    private final Clock clock;

    FilmService(
            FilmRepository films,
            EssayRepository essays,
            ClubAccess access,
            MemberService members,
            StoredEssays stored,
            EssayFolds folds,
            InputValidator validator,
            Clock clock) {
        this.films = films;
        this.essays = essays;
        this.access = access;
        this.members = members;
        this.stored = stored;
        this.folds = folds;
        this.validator = validator;
        this.clock = clock;
    }

    /** The club's films, newest first, whose title or director contains the search text. */
    @Transactional(readOnly = true)
    public FilmList films(String slug, String search, int limit) {
        var membership = access.requireMember(slug);
        var size = Math.max(1, Math.min(limit, MAX_PAGE));
        var text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        var pattern = "%" + escapeLike(text.substring(0, Math.min(text.length(), FilmLimits.SEARCH_MAX))) + "%";
        var found = films.search(membership.clubId(), pattern, Limit.of(size + 1));
        return new FilmList(found.stream().limit(size).map(Film::toSummary).toList(), found.size() > size);
    }

    @Transactional
    public FilmSummary add(String slug, FilmDetails input) {
        var membership = access.requireMember(slug);
        var details = validator.check(input);
        return films.save(new Film(membership.clubId(), details, membership.memberId(), clock.instant()))
                .toSummary();
    }

    /** Its author or a host may edit a film. */
    @Transactional
    public void edit(String slug, long filmId, FilmDetails input) {
        var membership = access.requireMember(slug);
        var film = film(membership, filmId);
        if (!canEdit(membership, film)) {
            throw new NotPermittedException("Only the member who added a film, or a host, can edit it.");
        }
        film.update(validator.check(input));
    }

    /** Only a host may remove a film; its essays go with it. */
    @Transactional
    public void remove(String slug, long filmId) {
        var membership = access.requireMember(slug);
        var film = film(membership, filmId);
        membership.requireHost("remove a film");
        films.delete(film);
    }

    @Transactional(readOnly = true)
    public FilmPage page(String slug, long filmId) {
        var membership = access.requireMember(slug);
        var film = film(membership, filmId);
        var published = essays.findPublished(filmId);
        var people = new HashSet<Long>();
        people.add(film.addedBy());
        published.forEach(e -> people.add(e.authorId()));
        var profiles = members.profiles(people);
        var current = access.memberIds(membership.clubId());
        var cards = published.stream()
                .map(e -> {
                    var shown = stored.shown(e.revisionId(), e.html());
                    // The text of an essay on the ending never leaves the server for a reader it is folded for.
                    var folded = folds.folded(membership.memberId(), filmId, e.authorId(), e.discussesEnding());
                    return new EssayCard(
                            e.essayId(),
                            MemberProfile.nameOf(profiles.get(e.authorId())),
                            !current.contains(e.authorId()),
                            e.publishedAt(),
                            e.revision(),
                            e.revisedAt(),
                            folded ? "" : shown.html(),
                            shown.stats(),
                            Essay.mayEdit(e.authorId(), true, membership),
                            e.discussesEnding(),
                            folded);
                })
                .toList();
        var myDraft = essays.findFirstByFilmIdAndAuthorIdAndPublishedAtIsNull(filmId, membership.memberId())
                .map(Essay::getId);
        return new FilmPage(
                filmId,
                membership.slug(),
                film.toDetails(),
                MemberProfile.nameOf(profiles.get(film.addedBy())),
                canEdit(membership, film),
                membership.isHost(),
                cards,
                myDraft);
    }

    /** For features built on films: the film, if it is in this member's club; any other looks missing. */
    @Transactional(readOnly = true)
    public FilmRef filmIn(ClubMembership membership, long filmId) {
        var film = film(membership, filmId);
        return new FilmRef(filmId, membership.clubId(), membership.slug(), film.title(), film.runtimeMinutes());
    }

    /**
     * How long a club's film runs, for features that follow it as it plays (a screening's clock); empty for a
     * film of another club, or one whose length was never given.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Duration> runtime(long clubId, long filmId) {
        return films.findByIdAndClubId(filmId, clubId)
                .map(film -> film.toSummary().runtimeMinutes())
                .filter(minutes -> minutes > 0)
                .map(java.time.Duration::ofMinutes);
    }

    /**
     * Titles of some of a club's films, for server work on the club's behalf where no member asks
     * (a calendar feed, a reminder); films of other clubs are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titles(long clubId, java.util.Collection<Long> filmIds) {
        return films.findAllById(filmIds).stream()
                .filter(f -> f.clubId() == clubId)
                .collect(java.util.stream.Collectors.toMap(Film::getId, Film::title));
    }

    /**
     * The member's club's films by title and year ({@link TitleKey}), for features that match films
     * by name: a nomination the club already has, a rating imported from elsewhere.
     */
    @Transactional(readOnly = true)
    public java.util.Map<TitleKey, FilmSummary> filmsByTitle(ClubMembership membership) {
        return films.findByClubId(membership.clubId()).stream()
                .map(Film::toSummary)
                .collect(java.util.stream.Collectors.toMap(
                        f -> TitleKey.of(f.title(), f.year()), f -> f, (first, second) -> first));
    }

    /**
     * The club's film with this title and year ({@link TitleKey}), or else a new one added as by {@code addedBy},
     * for server work on the club's behalf where no member asks (a poll's winner becoming a club film).
     */
    @Transactional
    public FilmSummary filmFor(long clubId, long addedBy, FilmDetails input) {
        var details = validator.check(input);
        var key = TitleKey.of(details.title(), details.year());
        return films.findByClubId(clubId).stream()
                .filter(f -> TitleKey.of(f.title(), f.toSummary().year()).equals(key))
                .findFirst()
                .orElseGet(() -> films.save(new Film(clubId, details, addedBy, clock.instant())))
                .toSummary();
    }

    /** The film, if it belongs to the member's club; any other film looks as if it did not exist. */
    Film film(ClubMembership membership, long filmId) {
        return films.findByIdAndClubId(filmId, membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_FILM));
    }

    private static boolean canEdit(ClubMembership membership, Film film) {
        return membership.isHost() || film.addedBy() == membership.memberId();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
