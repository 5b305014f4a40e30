package org.filmclub.poll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The rule read off the page, counted the slow way: every ballot is read again in every round. */
final class Recount {

    static RunoffResult of(List<Long> choices, Collection<List<Long>> ballots) {
        var standing = new LinkedHashSet<>(choices);
        var history = new ArrayList<Map<Long, Integer>>();
        var rounds = new ArrayList<RunoffResult.Round>();
        while (!standing.isEmpty()) {
            var tallies = new LinkedHashMap<Long, Integer>();
            standing.forEach(c -> tallies.put(c, 0));
            int exhausted = 0;
            for (var ballot : ballots) {
                var top = ballot.stream().filter(standing::contains).findFirst();
                if (top.isPresent()) {
                    tallies.merge(top.get(), 1, Integer::sum);
                } else {
                    exhausted++;
                }
            }
            int continuing = ballots.size() - exhausted;
            if (continuing == 0) {
                break;
            }
            history.add(tallies);
            int most = tallies.values().stream().max(Integer::compare).orElseThrow();
            var leaders = tallies.keySet().stream()
                    .filter(c -> tallies.get(c) == most)
                    .toList();
            Long leader = leaders.size() == 1 ? leaders.get(0) : null;
            boolean majority = leader != null && 2 * most > continuing;
            if (majority) {
                rounds.add(new RunoffResult.Round(
                        rounds.size() + 1, tallies, continuing, exhausted, List.of(), leader, true));
                return new RunoffResult(choices, rounds, leader, ballots.size());
            }
            var tied = new ArrayList<>(standing);
            for (int r = history.size() - 1; r >= 0 && tied.size() > 1; r--) {
                var earlier = history.get(r);
                int fewest = tied.stream().mapToInt(earlier::get).min().orElseThrow();
                tied.removeIf(c -> earlier.get(c) != fewest);
            }
            var out = tied.get(tied.size() - 1);
            rounds.add(new RunoffResult.Round(
                    rounds.size() + 1, tallies, continuing, exhausted, List.of(out), leader, false));
            standing.remove(out);
        }
        return new RunoffResult(choices, List.of(), null, ballots.size());
    }

    private Recount() {}
}
