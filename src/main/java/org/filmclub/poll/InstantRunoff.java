package org.filmclub.poll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts ranked ballots by instant runoff: each ballot counts for its highest-ranked choice still
 * standing; a choice with more than half of the continuing ballots wins; otherwise the choice with
 * the fewest votes is dropped (one per round, ties broken by {@link #TIE_BREAK}) and its ballots move
 * on to their next choice still standing. Ballots that rank no choice still standing are exhausted and
 * no longer count towards the majority.
 *
 * <p>Each ballot is moved only when its current choice is dropped, so a count costs time in proportion
 * to the ranks read, not to ballots times rounds.
 */
public final class InstantRunoff {

    /** The written rule for a tie for last place; shown on the poll page and in the README. */
    public static final String TIE_BREAK = "When several choices tie for the fewest votes, the one that had fewer"
            + " votes in the round before is dropped, looking back as far as the first round; if they tied in"
            + " every round, the one nominated latest is dropped.";

    private InstantRunoff() {}

    /**
     * @param choices the poll's choices in nomination order, earliest first; distinct, no nulls
     * @param ballots each a ranking of choice ids, most preferred first; ids that are not choices, and
     *     repeats after an id's first appearance, are ignored
     */
    public static RunoffResult count(List<Long> choices, Collection<List<Long>> ballots) {
        var indexOf = new HashMap<Long, Integer>();
        for (var choice : choices) {
            if (choice == null || indexOf.putIfAbsent(choice, indexOf.size()) != null) {
                throw new IllegalArgumentException("choices must be distinct and not null: " + choices);
            }
        }
        int n = choices.size();
        int[][] ranked = ranked(indexOf, ballots);
        var rounds = new ArrayList<RunoffResult.Round>();

        // Ballots grouped by the choice they count for now; pos[b] is the rank ballot b is at.
        int[] pos = new int[ranked.length];
        var piles = new Pile[n];
        for (int c = 0; c < n; c++) {
            piles[c] = new Pile();
        }
        boolean[] standing = new boolean[n];
        Arrays.fill(standing, true);
        int exhausted = 0;
        for (int b = 0; b < ranked.length; b++) {
            if (ranked[b].length == 0) {
                exhausted++;
            } else {
                piles[ranked[b][0]].add(b);
            }
        }
        if (n == 0 || exhausted == ranked.length) {
            return new RunoffResult(choices, rounds, null, ranked.length);
        }

        var history = new ArrayList<int[]>();
        while (true) {
            int[] tally = new int[n];
            int continuing = 0;
            int most = -1;
            int leader = -1;
            for (int c = 0; c < n; c++) {
                if (!standing[c]) {
                    continue;
                }
                tally[c] = piles[c].size;
                continuing += tally[c];
                if (tally[c] > most) {
                    most = tally[c];
                    leader = c;
                } else if (tally[c] == most) {
                    leader = -1;
                }
            }
            history.add(tally);
            boolean majority = leader >= 0 && 2L * most > continuing;
            var tallies = new LinkedHashMap<Long, Integer>();
            for (int c = 0; c < n; c++) {
                if (standing[c]) {
                    tallies.put(choices.get(c), tally[c]);
                }
            }
            Long leaderId = leader >= 0 ? choices.get(leader) : null;
            if (majority) {
                rounds.add(new RunoffResult.Round(
                        rounds.size() + 1, tallies, continuing, exhausted, List.of(), leaderId, true));
                return new RunoffResult(choices, rounds, leaderId, ranked.length);
            }
            int last = last(standing, history);
            rounds.add(new RunoffResult.Round(
                    rounds.size() + 1, tallies, continuing, exhausted, List.of(choices.get(last)), leaderId, false));
            standing[last] = false;
            exhausted += transfer(piles[last], ranked, pos, standing, piles);
            piles[last] = null;
        }
    }

    /** The standing choice to drop: fewest votes now, then fewest in earlier rounds, then the latest. */
    private static int last(boolean[] standing, List<int[]> history) {
        boolean[] tied = standing.clone();
        for (int r = history.size() - 1; r >= 0; r--) {
            int[] tally = history.get(r);
            int fewest = Integer.MAX_VALUE;
            for (int c = 0; c < tied.length; c++) {
                if (tied[c]) {
                    fewest = Math.min(fewest, tally[c]);
                }
            }
            int left = 0;
            for (int c = 0; c < tied.length; c++) {
                tied[c] = tied[c] && tally[c] == fewest;
                left += tied[c] ? 1 : 0;
            }
            if (left == 1) {
                break;
            }
        }
        for (int c = tied.length - 1; c >= 0; c--) {
            if (tied[c]) {
                return c;
            }
        }
        throw new IllegalStateException("no choice standing");
    }

    /** Moves a dropped choice's ballots to their next choice still standing; returns how many ran out. */
    private static int transfer(Pile pile, int[][] ranked, int[] pos, boolean[] standing, Pile[] piles) {
        int exhausted = 0;
        for (int i = 0; i < pile.size; i++) {
            int b = pile.items[i];
            int[] ranks = ranked[b];
            int p = pos[b] + 1;
            while (p < ranks.length && !standing[ranks[p]]) {
                p++;
            }
            pos[b] = p;
            if (p < ranks.length) {
                piles[ranks[p]].add(b);
            } else {
                exhausted++;
            }
        }
        return exhausted;
    }

    /** Each ballot as choice indexes, keeping only known choices at their first appearance. */
    private static int[][] ranked(Map<Long, Integer> indexOf, Collection<List<Long>> ballots) {
        int[][] ranked = new int[ballots.size()][];
        int[] seenBy = new int[indexOf.size()];
        int b = 0;
        for (var ballot : ballots) {
            int[] ranks = new int[ballot == null ? 0 : Math.min(ballot.size(), indexOf.size())];
            int size = 0;
            if (ballot != null) {
                for (var id : ballot) {
                    Integer c = id == null ? null : indexOf.get(id);
                    if (c != null && seenBy[c] != b + 1) {
                        seenBy[c] = b + 1;
                        ranks[size++] = c;
                    }
                }
            }
            ranked[b++] = size == ranks.length ? ranks : Arrays.copyOf(ranks, size);
        }
        return ranked;
    }

    /** A growable list of ballot indexes. */
    private static final class Pile {
        int[] items = new int[8];
        int size;

        void add(int ballot) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = ballot;
        }
    }
}
