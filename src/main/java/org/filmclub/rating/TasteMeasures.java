package org.filmclub.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filmclub.rating.ClubTaste.Agreement;
import org.filmclub.rating.ClubTaste.Diary;
import org.filmclub.rating.ClubTaste.DiaryEntry;
import org.filmclub.rating.ClubTaste.Film;
import org.filmclub.rating.ClubTaste.FilmAverage;
import org.filmclub.rating.ClubTaste.FilmMoved;
import org.filmclub.rating.ClubTaste.FilmSpread;

/** The club's taste worked out from its members' ratings; plain arithmetic over records, no database. */
final class TasteMeasures {

    /** The most divisive and the most moved films shown. */
    static final int TOP = 10;

    /**
     * One member's ratings of one film: their first and their current, in half stars, and the last day they said
     * they watched it (or null).
     */
    record Rated(long memberId, long filmId, int before, int after, java.time.LocalDate watched) {}

    private TasteMeasures() {}

    /**
     * @param ratings what the member may see (the caller has already left out what the club withholds from them)
     * @param films the club's films by id; ratings of films not here are left out
     * @param members the club's members now, by id, with their names; ratings of anyone else are left out
     */
    static ClubTaste compute(List<Rated> ratings, Map<Long, Film> films, Map<Long, String> members, int withheld) {
        var counted = ratings.stream()
                .filter(r -> films.containsKey(r.filmId()) && members.containsKey(r.memberId()))
                .toList();
        var byFilm =
                counted.stream().collect(Collectors.groupingBy(Rated::filmId, LinkedHashMap::new, Collectors.toList()));
        return new ClubTaste(
                averages(byFilm, films),
                divisive(byFilm, films),
                moved(byFilm, films),
                agreements(counted, members),
                diaries(counted, films, members),
                withheld);
    }

    private static List<FilmAverage> averages(Map<Long, List<Rated>> byFilm, Map<Long, Film> films) {
        return byFilm.entrySet().stream()
                .map(e -> new FilmAverage(
                        films.get(e.getKey()),
                        mean(e.getValue(), true),
                        e.getValue().size()))
                .sorted(Comparator.comparingDouble(FilmAverage::stars)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(FilmAverage::count).reversed())
                        .thenComparing(a -> a.film().title()))
                .toList();
    }

    private static List<FilmSpread> divisive(Map<Long, List<Rated>> byFilm, Map<Long, Film> films) {
        return byFilm.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(e -> {
                    var mean = mean(e.getValue(), true);
                    var variance = e.getValue().stream()
                            .mapToDouble(r -> Math.pow(r.after() / 2.0 - mean, 2))
                            .average()
                            .orElse(0);
                    return new FilmSpread(
                            films.get(e.getKey()),
                            Math.sqrt(variance),
                            mean,
                            e.getValue().size());
                })
                .filter(s -> s.deviation() > 0)
                .sorted(Comparator.comparingDouble(FilmSpread::deviation)
                        .reversed()
                        .thenComparing(s -> s.film().title()))
                .limit(TOP)
                .toList();
    }

    private static List<FilmMoved> moved(Map<Long, List<Rated>> byFilm, Map<Long, Film> films) {
        var moved = new ArrayList<FilmMoved>();
        byFilm.forEach((filmId, rated) -> {
            var up = (int) rated.stream().filter(r -> r.after() > r.before()).count();
            var down = (int) rated.stream().filter(r -> r.after() < r.before()).count();
            if (up + down > 0) {
                var movement = rated.stream()
                        .mapToDouble(r -> Math.abs(r.after() - r.before()) / 2.0)
                        .sum();
                moved.add(new FilmMoved(films.get(filmId), mean(rated, false), mean(rated, true), up, down, movement));
            }
        });
        moved.sort(Comparator.comparingDouble(FilmMoved::movement).reversed().thenComparing(m -> m.film()
                .title()));
        return moved.stream().limit(TOP).toList();
    }

    private static List<Agreement> agreements(List<Rated> ratings, Map<Long, String> members) {
        Map<Long, Map<Long, Integer>> byMember = new LinkedHashMap<>();
        ratings.forEach(r -> byMember.computeIfAbsent(r.memberId(), m -> new LinkedHashMap<>())
                .put(r.filmId(), r.after()));
        var people = byMember.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> members.get(id)).thenComparingLong(id -> id))
                .toList();
        var agreements = new ArrayList<Agreement>();
        for (var i = 0; i < people.size(); i++) {
            for (var j = i + 1; j < people.size(); j++) {
                var first = byMember.get(people.get(i));
                var second = byMember.get(people.get(j));
                var common = 0;
                var gap = 0.0;
                for (var e : first.entrySet()) {
                    var other = second.get(e.getKey());
                    if (other != null) {
                        common++;
                        gap += Math.abs(e.getValue() - other) / 2.0;
                    }
                }
                if (common >= ClubTaste.AGREEMENT_MIN_FILMS) {
                    var score = 1 - (gap / common) / ClubTaste.WIDEST_GAP_STARS;
                    agreements.add(
                            new Agreement(members.get(people.get(i)), members.get(people.get(j)), common, score));
                }
            }
        }
        agreements.sort(Comparator.comparingDouble(Agreement::score)
                .reversed()
                .thenComparing(Agreement::first)
                .thenComparing(Agreement::second));
        return agreements;
    }

    private static List<Diary> diaries(List<Rated> ratings, Map<Long, Film> films, Map<Long, String> members) {
        var byMember = ratings.stream().collect(Collectors.groupingBy(Rated::memberId));
        return byMember.entrySet().stream()
                .map(e -> new Diary(
                        e.getKey(),
                        members.get(e.getKey()),
                        e.getValue().stream()
                                .map(r -> new DiaryEntry(films.get(r.filmId()), r.watched(), r.before(), r.after()))
                                .sorted(Comparator.comparing(
                                                DiaryEntry::watched, Comparator.nullsLast(Comparator.reverseOrder()))
                                        .thenComparing(d -> d.film().title()))
                                .toList()))
                .sorted(Comparator.comparing(Diary::name).thenComparingLong(Diary::memberId))
                .toList();
    }

    private static double mean(List<Rated> rated, boolean after) {
        return rated.stream()
                        .mapToInt(r -> after ? r.after() : r.before())
                        .average()
                        .orElse(0)
                / 2.0;
    }
}
