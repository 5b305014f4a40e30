package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstantRunoffTest {

    static final long MEMPHIS = 1, NASHVILLE = 2, CHATTANOOGA = 3, KNOXVILLE = 4;

    /**
     * The Tennessee capital example, as usually told: 42% live near Memphis, 26% near Nashville, 15% near
     * Chattanooga and 17% near Knoxville, and each ranks the cities by how close they are.
     */
    @Test
    void knoxville_wins_the_tennessee_capital_example_in_three_rounds() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 42, MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE);
        add(ballots, 26, NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS);
        add(ballots, 15, CHATTANOOGA, KNOXVILLE, NASHVILLE, MEMPHIS);
        add(ballots, 17, KNOXVILLE, CHATTANOOGA, NASHVILLE, MEMPHIS);

        var result = InstantRunoff.count(List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE), ballots);

        assertThat(result.winner()).isEqualTo(KNOXVILLE);
        assertThat(result.ballots()).isEqualTo(100);
        assertThat(result.rounds()).hasSize(3);
        assertThat(result.rounds().get(0).tallies())
                .containsExactlyEntriesOf(tallies(MEMPHIS, 42, NASHVILLE, 26, CHATTANOOGA, 15, KNOXVILLE, 17));
        assertThat(result.rounds().get(0).eliminated()).containsExactly(CHATTANOOGA);
        assertThat(result.rounds().get(1).tallies())
                .containsExactlyEntriesOf(tallies(MEMPHIS, 42, NASHVILLE, 26, KNOXVILLE, 32));
        assertThat(result.rounds().get(1).eliminated()).containsExactly(NASHVILLE);
        assertThat(result.rounds().get(2).tallies()).containsExactlyEntriesOf(tallies(MEMPHIS, 42, KNOXVILLE, 58));
        assertThat(result.rounds().get(2).eliminated()).isEmpty();
        assertThat(result.rounds().get(2).majority()).isTrue();
        assertThat(result.rounds().get(2).leader()).isEqualTo(KNOXVILLE);
    }

    static void add(List<List<Long>> ballots, int times, Long... ranking) {
        ballots.addAll(Collections.nCopies(times, List.of(ranking)));
    }

    static Map<Long, Integer> tallies(Object... pairs) {
        var map = new LinkedHashMap<Long, Integer>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(((Number) pairs[i]).longValue(), (Integer) pairs[i + 1]);
        }
        return map;
    }
}
