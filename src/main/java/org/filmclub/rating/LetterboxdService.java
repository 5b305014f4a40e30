package org.filmclub.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's ratings in and out of the club as Letterboxd CSV: their own ratings of the club's films out, their
 * Letterboxd export in, matched to the club's films, previewed, and written only as they confirm.
 */
@Service
public class LetterboxdService {

    private final RatingService ratings;
    private final ClubAccess access;
    private final FilmService films;
    private final CurrentMember currentMember;
    private final Clock clock;

    LetterboxdService(
            RatingService ratings, ClubAccess access, FilmService films, CurrentMember currentMember, Clock clock) {
        this.ratings = ratings;
        this.access = access;
        this.films = films;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** The member's own current ratings of the club's films, as the CSV Letterboxd's importer reads. */
    @Transactional(readOnly = true)
    public byte[] export(String slug) {
        var membership = access.requireMember(slug);
        var club = ratings.club(slug);
        var byId = films.filmsByTitle(membership).values().stream().collect(Collectors.toMap(f -> f.id(), f -> f));
        var entries = new ArrayList<LetterboxdEntry>();
        mine(club).forEach((filmId, given) -> {
            var film = byId.get(filmId);
            if (film == null) {
                return;
            }
            var latest = given.get(given.size() - 1);
            var watched = given.stream()
                    .map(RatingEntry::watchedOn)
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            var take = given.stream()
                    .map(RatingEntry::take)
                    .filter(t -> !t.isEmpty())
                    .reduce((earlier, later) -> later)
                    .orElse("");
            entries.add(new LetterboxdEntry(film.title(), film.year(), latest.halves(), watched, take, 0));
        });
        entries.sort(Comparator.comparing(LetterboxdEntry::watched, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(LetterboxdEntry::title));
        return LetterboxdCsv.write(entries);
    }

    /**
     * What importing this Letterboxd export would do; nothing is written. A file that cannot be read at all is
     * refused with why; a row that cannot be read is listed by its line.
     */
    @Transactional(readOnly = true)
    public LetterboxdPreview preview(String slug, byte[] csv) {
        var membership = access.requireMember(slug);
        var file = LetterboxdCsv.read(csv);
        var club = ratings.club(slug);
        var current = new LinkedHashMap<Long, Integer>();
        club.mine().forEach(r -> current.put(r.filmId(), r.halves()));
        var today = LocalDate.now(clock.withZone(currentMember.require().timeZone()));
        return LetterboxdMatcher.preview(file, films.filmsByTitle(membership), current, today);
    }

    /**
     * Writes the ratings the member confirmed, in one transaction. A film whose rating the member changed since the
     * preview (in another tab, say) is left alone, so nothing is overwritten that the member did not see.
     *
     * @return how many ratings were written, and which films were left alone
     */
    public ImportResult apply(String slug, List<LetterboxdPreview.Item> confirmed) {
        var wanted = confirmed.stream()
                .map(item -> new RatingService.Expected(
                        item.filmId(),
                        RatingInput.ofHalves(item.halves(), item.take(), item.watched()),
                        item.current()))
                .toList();
        var written = ratings.rateAllIfUnchanged(slug, wanted);
        var leftAlone = confirmed.stream()
                .filter(item -> !written.contains(item.filmId()))
                .map(item -> item.title() + " (" + item.year() + ")")
                .toList();
        return new ImportResult(written.size(), leftAlone);
    }

    /**
     * @param leftAlone the films whose rating changed after the preview, or that left the club since, so the import
     *     did not touch them
     */
    public record ImportResult(int written, List<String> leftAlone) {}

    private static LinkedHashMap<Long, List<RatingEntry>> mine(ClubRatings club) {
        var mine = new LinkedHashMap<Long, List<RatingEntry>>();
        club.history().stream().filter(r -> r.memberId() == club.viewerId()).forEach(r -> mine.computeIfAbsent(
                        r.filmId(), f -> new ArrayList<>())
                .add(r));
        return mine;
    }
}
