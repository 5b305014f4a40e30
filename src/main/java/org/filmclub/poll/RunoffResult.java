package org.filmclub.poll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instant-runoff count: every round, in order, and the winner.
 *
 * @param choices the choices counted, in nomination order (earliest first)
 * @param rounds every round, first to last; empty when no ballot ranked any choice
 * @param winner the choice that won, or null when no ballot ranked any choice
 * @param ballots how many ballots were given, exhausted or not
 */
public record RunoffResult(List<Long> choices, List<Round> rounds, Long winner, int ballots) {

    public RunoffResult {
        choices = List.copyOf(choices);
        rounds = List.copyOf(rounds);
    }

    /** The last round, in which the winner had a majority; null when nothing was counted. */
    public Round finalRound() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    /**
     * One round of the count.
     *
     * @param number 1 for the first round
     * @param tallies the votes of each choice still standing, in nomination order
     * @param continuing ballots that counted for a choice still standing
     * @param exhausted ballots that ranked no choice still standing
     * @param eliminated the choices dropped after this round; empty in the final round
     * @param leader the choice with the most votes, or null when several share the most
     * @param majority whether the leader has more than half of the continuing ballots
     */
    public record Round(
            int number,
            Map<Long, Integer> tallies,
            int continuing,
            int exhausted,
            List<Long> eliminated,
            Long leader,
            boolean majority) {

        public Round {
            tallies = Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
            eliminated = Collections.unmodifiableList(new ArrayList<>(eliminated));
        }

        /** The votes of a choice in this round; 0 if it no longer stands. */
        public int votes(Long choice) {
            return tallies.getOrDefault(choice, 0);
        }

        /** Whether this round decided the count: its leader has the majority and nothing is dropped. */
        public boolean decisive() {
            return eliminated.isEmpty();
        }
    }
}
