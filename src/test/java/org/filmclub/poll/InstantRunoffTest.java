package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

    static final long BUNNEY = 11, MCCARTHY = 12, GABRIEL = 13;

    /**
     * David Lippman, "Math in Society", chapter "Voting Theory", the instant-runoff example of a city
     * council election (Bunney, McCarthy, Gabriel). Gabriel is dropped; 44 of Gabriel's voters go on
     * to McCarthy, 14 to Bunney, and 20 who ranked no one else are exhausted; McCarthy wins 136 to 133.
     */
    @Test
    void mccarthy_wins_the_city_council_example_once_twenty_ballots_are_exhausted() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 44, GABRIEL, MCCARTHY, BUNNEY);
        add(ballots, 14, GABRIEL, BUNNEY, MCCARTHY);
        add(ballots, 20, GABRIEL);
        add(ballots, 70, MCCARTHY, GABRIEL, BUNNEY);
        add(ballots, 22, MCCARTHY, BUNNEY, GABRIEL);
        add(ballots, 80, BUNNEY, MCCARTHY, GABRIEL);
        add(ballots, 39, BUNNEY);

        var result = InstantRunoff.count(List.of(BUNNEY, MCCARTHY, GABRIEL), ballots);

        var first = result.rounds().get(0);
        assertThat(first.tallies()).containsExactlyEntriesOf(tallies(BUNNEY, 119, MCCARTHY, 92, GABRIEL, 78));
        assertThat(first.leader()).isEqualTo(BUNNEY);
        assertThat(first.majority()).isFalse();
        assertThat(first.eliminated()).containsExactly(GABRIEL);
        var last = result.rounds().get(1);
        assertThat(last.tallies()).containsExactlyEntriesOf(tallies(BUNNEY, 133, MCCARTHY, 136));
        assertThat(last.exhausted()).isEqualTo(20);
        assertThat(last.continuing()).isEqualTo(269);
        assertThat(result.winner()).isEqualTo(MCCARTHY);
        assertThat(result.ballots()).isEqualTo(289);
    }

    static final long LIBRARY = 21, FIELD_TRIP = 22, CARNIVAL = 23;

    /**
     * The 150-voter example of "Voting Theory: Instant Runoff" at thoughtfulexaminations.com (library,
     * field trip, carnival): the field trip is dropped, 13 of its voters go on to the library and 26
     * to the carnival, and the library wins 79 to 71.
     */
    @Test
    void the_library_wins_the_150_voter_example_79_to_71() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 41, LIBRARY, FIELD_TRIP, CARNIVAL);
        add(ballots, 25, LIBRARY, CARNIVAL, FIELD_TRIP);
        add(ballots, 13, FIELD_TRIP, LIBRARY, CARNIVAL);
        add(ballots, 26, FIELD_TRIP, CARNIVAL, LIBRARY);
        add(ballots, 30, CARNIVAL, FIELD_TRIP, LIBRARY);
        add(ballots, 15, CARNIVAL, LIBRARY, FIELD_TRIP);

        var result = InstantRunoff.count(List.of(LIBRARY, FIELD_TRIP, CARNIVAL), ballots);

        assertThat(result.rounds().get(0).tallies())
                .containsExactlyEntriesOf(tallies(LIBRARY, 66, FIELD_TRIP, 39, CARNIVAL, 45));
        assertThat(result.rounds().get(0).eliminated()).containsExactly(FIELD_TRIP);
        assertThat(result.rounds().get(1).tallies()).containsExactlyEntriesOf(tallies(LIBRARY, 79, CARNIVAL, 71));
        assertThat(result.winner()).isEqualTo(LIBRARY);
    }

    static final long A = 1, B = 2, C = 3, D = 4, E = 5;

    @Test
    void a_majority_of_the_ballots_still_counting_wins_even_without_a_majority_of_all_ballots() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 4, A);
        add(ballots, 3, B);
        add(ballots, 3, C);

        var result = InstantRunoff.count(List.of(A, B, C), ballots);

        // C is dropped (tied with B in the only round, nominated later); its ballots rank no one else.
        var last = result.finalRound();
        assertThat(last.tallies()).containsExactlyEntriesOf(tallies(A, 4, B, 3));
        assertThat(last.exhausted()).isEqualTo(3);
        assertThat(last.continuing()).isEqualTo(7);
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void a_tie_for_last_place_drops_the_choice_that_had_fewer_votes_in_the_round_before() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 7, A);
        add(ballots, 4, B);
        add(ballots, 3, C, B);
        add(ballots, 1, D, C, B);

        // C is nominated before B, so nomination order alone would drop B.
        var result = InstantRunoff.count(List.of(A, C, B, D), ballots);

        assertThat(result.rounds().get(0).eliminated()).containsExactly(D);
        assertThat(result.rounds().get(1).tallies()).containsExactlyEntriesOf(tallies(A, 7, C, 4, B, 4));
        assertThat(result.rounds().get(1).eliminated()).containsExactly(C);
        assertThat(result.rounds().get(2).tallies()).containsExactlyEntriesOf(tallies(A, 7, B, 8));
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void choices_tied_in_every_round_drop_the_one_nominated_latest() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 3, A);
        add(ballots, 2, B, C);
        add(ballots, 2, C, B);

        var result = InstantRunoff.count(List.of(A, B, C), ballots);

        assertThat(result.rounds().get(0).eliminated()).containsExactly(C);
        assertThat(result.rounds().get(1).tallies()).containsExactlyEntriesOf(tallies(A, 3, B, 4));
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void a_final_two_way_tie_is_decided_by_the_earlier_round() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 3, A);
        add(ballots, 4, B);
        add(ballots, 1, C, A);
        add(ballots, 1, C);

        var result = InstantRunoff.count(List.of(A, B, C), ballots);

        var second = result.rounds().get(1);
        assertThat(second.tallies()).containsExactlyEntriesOf(tallies(A, 4, B, 4));
        assertThat(second.leader()).isNull();
        assertThat(second.eliminated()).containsExactly(A);
        assertThat(result.finalRound().tallies()).containsExactlyEntriesOf(tallies(B, 4));
        assertThat(result.finalRound().exhausted()).isEqualTo(5);
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void a_final_two_way_tie_in_every_round_goes_to_the_earlier_nomination() {
        var result = InstantRunoff.count(List.of(A, B), List.of(List.of(B), List.of(A)));

        assertThat(result.rounds().get(0).eliminated()).containsExactly(B);
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void choices_without_a_first_preference_are_dropped_one_per_round_latest_nominated_first() {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 2, A, C);
        add(ballots, 2, B, C);
        add(ballots, 1, C, D);

        var result = InstantRunoff.count(List.of(A, B, C, D, E), ballots);

        assertThat(result.rounds())
                .extracting(RunoffResult.Round::eliminated)
                .containsExactly(List.of(E), List.of(D), List.of(C), List.of(B), List.of());
        assertThat(result.rounds().get(2).tallies()).containsExactlyEntriesOf(tallies(A, 2, B, 2, C, 1));
        assertThat(result.rounds().get(3).tallies()).containsExactlyEntriesOf(tallies(A, 2, B, 2));
        assertThat(result.finalRound().tallies()).containsExactlyEntriesOf(tallies(A, 2));
        assertThat(result.finalRound().exhausted()).isEqualTo(3);
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void unknown_choices_and_repeats_on_a_ballot_are_ignored() {
        var result = InstantRunoff.count(
                List.of(A, B, C), List.of(List.of(99L, C, C, B), List.of(A), List.of(B, 7L), List.of(C, A)));

        assertThat(result.rounds().get(0).tallies()).containsExactlyEntriesOf(tallies(A, 1, B, 1, C, 2));
        assertThat(result.rounds().get(0).eliminated()).containsExactly(B);
        assertThat(result.finalRound().tallies()).containsExactlyEntriesOf(tallies(A, 1, C, 2));
        assertThat(result.finalRound().exhausted()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo(C);
    }

    @Test
    void the_count_depends_only_on_the_ballots_it_is_given() {
        var before = new ArrayList<List<Long>>();
        add(before, 3, A, B);
        add(before, 2, B, A);
        add(before, 2, C, B);
        var changed = new ArrayList<>(before);
        changed.set(0, List.of(C, B)); // one member moved C to the top just before the close
        changed.set(1, List.of(C, B)); // and another

        var result = InstantRunoff.count(List.of(A, B, C), changed);
        var shuffled = new ArrayList<>(changed);
        Collections.shuffle(shuffled, new Random(7));
        var again = InstantRunoff.count(List.of(A, B, C), shuffled);
        changed.clear();

        assertThat(InstantRunoff.count(List.of(A, B, C), before).winner()).isEqualTo(B);
        assertThat(result.rounds().get(0).tallies()).containsExactlyEntriesOf(tallies(A, 1, B, 2, C, 4));
        assertThat(result.winner()).isEqualTo(C);
        assertThat(again).isEqualTo(result);
    }

    @Test
    void no_ballots_means_no_rounds_and_no_winner() {
        var result = InstantRunoff.count(List.of(A, B), List.of());

        assertThat(result.rounds()).isEmpty();
        assertThat(result.finalRound()).isNull();
        assertThat(result.winner()).isNull();
        assertThat(result.ballots()).isZero();
    }

    @Test
    void ballots_that_rank_no_choice_are_counted_as_ballots_but_choose_no_winner() {
        var result = InstantRunoff.count(List.of(A, B), List.of(List.of(), List.of(99L)));

        assertThat(result.rounds()).isEmpty();
        assertThat(result.winner()).isNull();
        assertThat(result.ballots()).isEqualTo(2);
    }

    @Test
    void a_single_choice_wins_with_the_ballots_that_rank_it() {
        var result = InstantRunoff.count(List.of(A), List.of(List.of(A), List.of(), List.of(A)));

        assertThat(result.rounds()).hasSize(1);
        assertThat(result.finalRound().tallies()).containsExactlyEntriesOf(tallies(A, 2));
        assertThat(result.finalRound().exhausted()).isEqualTo(1);
        assertThat(result.finalRound().majority()).isTrue();
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void the_readme_states_the_tie_break_rule_word_for_word() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains(InstantRunoff.TIE_BREAK);
    }

    @Test
    void a_count_stored_as_json_reads_back_the_same_round_for_round() throws Exception {
        var ballots = new ArrayList<List<Long>>();
        add(ballots, 3, A, B);
        add(ballots, 2, B);
        add(ballots, 2, C, A);
        var result = InstantRunoff.count(List.of(A, B, C), ballots);
        var json = new ObjectMapper(); // strict: fails on any property the records do not declare

        var read = json.readValue(json.writeValueAsString(result), RunoffResult.class);

        assertThat(read).isEqualTo(result);
        assertThat(read.rounds().get(0).tallies().keySet()).containsExactly(A, B, C);
    }

    @Test
    void choices_must_be_distinct() {
        assertThatThrownBy(() -> InstantRunoff.count(List.of(A, A), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void on_random_ballots_every_round_adds_up_and_the_winner_has_a_majority_of_the_ballots_still_counting() {
        var random = new Random(21);
        for (int poll = 0; poll < 2_000; poll++) {
            int choiceCount = 1 + random.nextInt(8);
            var choices = new ArrayList<Long>();
            for (int c = 0; c < choiceCount; c++) {
                choices.add(100L + c);
            }
            var ballots = new ArrayList<List<Long>>();
            int ballotCount = random.nextInt(40);
            for (int b = 0; b < ballotCount; b++) {
                var ranking = new ArrayList<>(choices);
                Collections.shuffle(ranking, random);
                ballots.add(ranking.subList(0, random.nextInt(choiceCount + 1)));
            }

            var result = InstantRunoff.count(choices, ballots);

            assertThat(result).isEqualTo(Recount.of(choices, ballots));
            Set<Long> dropped = new HashSet<>();
            int exhaustedBefore = 0;
            for (var round : result.rounds()) {
                int sum = round.tallies().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                assertThat(sum + round.exhausted()).isEqualTo(ballotCount);
                assertThat(sum).isEqualTo(round.continuing());
                assertThat(round.exhausted()).isGreaterThanOrEqualTo(exhaustedBefore);
                assertThat(round.tallies().keySet()).noneMatch(dropped::contains);
                int fewest = Collections.min(round.tallies().values());
                for (var out : round.eliminated()) {
                    assertThat(round.votes(out)).isEqualTo(fewest);
                }
                dropped.addAll(round.eliminated());
                exhaustedBefore = round.exhausted();
            }
            if (result.winner() != null) {
                var last = result.finalRound();
                assertThat(last.majority()).isTrue();
                assertThat(2 * last.votes(result.winner())).isGreaterThan(last.continuing());
                assertThat(result.rounds()).hasSizeLessThanOrEqualTo(choiceCount);
            } else {
                assertThat(ballots).allMatch(List::isEmpty);
            }
        }
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
