package org.filmclub.rating;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's taste page: worked out from the ratings the member may see, by members in the club now. */
@Service
public class TasteService {

    private final RatingService ratings;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;

    TasteService(RatingService ratings, ClubAccess access, FilmService films, MemberService members) {
        this.ratings = ratings;
        this.access = access;
        this.films = films;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public ClubTaste taste(String slug) {
        var membership = access.requireMember(slug);
        var club = ratings.club(slug);
        var byId = films.filmsByTitle(membership).values().stream()
                .map(f -> new ClubTaste.Film(f.id(), f.title(), f.year()))
                .collect(Collectors.toMap(ClubTaste.Film::id, Function.identity()));
        var names = members.profiles(access.memberIds(membership.clubId())).values().stream()
                .collect(Collectors.toMap(MemberProfile::id, MemberProfile::displayName));
        return TasteMeasures.compute(
                rated(club), byId, names, club.withheldFilms().size());
    }

    /** Each member's first and current rating of each film, with the last day they said they watched it. */
    static List<TasteMeasures.Rated> rated(ClubRatings club) {
        Map<List<Long>, List<RatingEntry>> byPair = club.history().stream()
                .collect(Collectors.groupingBy(
                        r -> List.of(r.memberId(), r.filmId()), LinkedHashMap::new, Collectors.toList()));
        return byPair.values().stream()
                .map(given -> {
                    var first = given.get(0);
                    var latest = given.get(given.size() - 1);
                    var watched = given.stream()
                            .map(RatingEntry::watchedOn)
                            .filter(java.util.Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    return new TasteMeasures.Rated(
                            first.memberId(), first.filmId(), first.halves(), latest.halves(), watched);
                })
                .toList();
    }
}
