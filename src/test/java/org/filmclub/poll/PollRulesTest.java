package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.film.FilmDetails;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What nominations, polls and ballots allow and refuse, called as the service's members would. */
class PollRulesTest extends PollFixture {

    MemberProfile host;
    MemberProfile ana;
    MemberProfile ben;
    String slug;

    @BeforeEach
    void aClub() {
        clock.stopAt(NOW);
        host = newMember("Hana Host");
        ana = newMember("Ana Lima");
        ben = newMember("Ben Ode");
        slug = newClub(host, ana, ben);
    }

    @Test
    void the_same_film_nominated_twice_is_refused_with_the_first_nomination() {
        var first = nominate(ana, slug, "Amélie", 2001);
        loginAs(ben);
        assertThatThrownBy(() -> nominations.nominate(slug, film("AMELIE!", 2001), true))
                .isInstanceOfSatisfying(AlreadyNominatedException.class, e -> assertThat(e.nominationId())
                        .isEqualTo(first))
                .hasMessageContaining("already nominated");
        // Another year is another film.
        assertThat(nominations.nominate(slug, film("Amélie", 2002), false)).isNotEqualTo(first);
    }

    @Test
    void a_film_the_club_has_is_pointed_out_and_can_still_be_nominated() {
        loginAs(host);
        films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 162, "", ""));
        loginAs(ana);
        assertThatThrownBy(() -> nominations.nominate(slug, film("stalker", 1979), false))
                .isInstanceOf(FilmInClubException.class)
                .hasMessageContaining("already has Stalker (1979)");
        var id = nominations.nominate(slug, film("stalker", 1979), true);
        assertThat(nominations.open(slug)).extracting(NominationCard::id).containsExactly(id);
    }

    @Test
    void a_pitch_keeps_the_safe_markdown_and_loses_any_script() {
        loginAs(ana);
        var id = nominations.nominate(
                slug, new NominationInput("Ran", 1985, "Kurosawa", 162, "**Epic** <script>alert(1)</script>"), true);
        var card = nominations.nomination(slug, id);
        assertThat(card.pitchHtml()).contains("<strong>Epic</strong>").doesNotContain("<script");
    }

    @Test
    void a_pitch_too_long_or_a_missing_title_is_refused_field_by_field() {
        loginAs(ana);
        assertThatThrownBy(() -> nominations.nominate(
                        slug, new NominationInput("", 2001, "X", 90, "x".repeat(PollLimits.PITCH_MAX + 1)), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "pitch"));
    }

    @Test
    void others_second_once_each_and_the_author_cannot_second_their_own() {
        var id = nominate(ana, slug, "Ran", 1985);
        assertThatThrownBy(() -> nominations.second(slug, id))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("You nominated this film");
        loginAs(ben);
        assertThat(nominations.second(slug, id)).isTrue();
        assertThat(nominations.second(slug, id)).isFalse();
        var card = nominations.nomination(slug, id);
        assertThat(card.seconds()).isEqualTo(1);
        assertThat(card.secondedByMe()).isTrue();
        assertThat(card.canSecond()).isFalse();
    }

    @Test
    void only_the_author_withdraws_and_only_a_host_archives() {
        var mine = nominate(ana, slug, "Ran", 1985);
        var other = nominate(ana, slug, "Ikiru", 1952);
        loginAs(ben);
        assertThatThrownBy(() -> nominations.withdraw(slug, mine)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> nominations.archive(slug, mine))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only a host can archive nominations.");
        loginAs(ana);
        nominations.withdraw(slug, mine);
        loginAs(host);
        nominations.archive(slug, other);
        assertThat(nominations.open(slug)).isEmpty();
        assertThatThrownBy(() -> nominations.archive(slug, mine))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("was withdrawn");
    }

    @Test
    void a_poll_needs_two_choices_a_future_closing_time_and_a_host() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        loginAs(ana);
        assertThatThrownBy(() -> polls.open(slug, new PollInput("", List.of(ran, ikiru), EVENING, LISBON, false)))
                .isInstanceOf(NotPermittedException.class);
        loginAs(host);
        assertThatThrownBy(() -> polls.open(slug, new PollInput("", List.of(ran, ran), EVENING, LISBON, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("nominationIds", "Choose at least 2 nominations."));
        assertThatThrownBy(() ->
                        polls.open(slug, new PollInput("", List.of(ran, ikiru), EVENING.minusDays(1), LISBON, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("closes"));
        assertThat(polls.open(slug, new PollInput("", List.of(ran, ikiru), EVENING, LISBON, false)))
                .isPositive();
    }

    @Test
    void a_poll_cannot_offer_another_clubs_nomination() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var otherHost = newMember("Other Host");
        var otherSlug = newClub(otherHost);
        var theirs = nominate(otherHost, otherSlug, "Ikiru", 1952);
        loginAs(host);
        looksMissing(() -> polls.open(slug, new PollInput("", List.of(ran, theirs), EVENING, LISBON, false)));
    }

    @Test
    void a_ballot_naming_a_choice_twice_or_from_another_poll_is_refused() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var other = nominate(ana, slug, "Heat", 1995);
        var poll = openPoll(host, slug, false, ran, ikiru);
        loginAs(ben);
        assertThatThrownBy(() -> polls.vote(slug, poll, List.of(ran, ran)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ranking", "A ballot ranks each film once."));
        assertThatThrownBy(() -> polls.vote(slug, poll, List.of(ran, other)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ranking", "That film is not a choice in this poll."));
        polls.vote(slug, poll, List.of(ikiru));
        assertThat(polls.poll(slug, poll).myBallot()).containsExactly(ikiru);
    }

    @Test
    void a_nomination_withdrawn_while_a_poll_offers_it_stays_in_that_poll() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        loginAs(ana);
        nominations.withdraw(slug, ran);
        polls.vote(slug, poll, List.of(ran, ikiru));
        var page = polls.poll(slug, poll);
        assertThat(page.choices()).extracting(PollChoice::id).containsExactly(ran, ikiru);
        assertThat(page.choice(ran).stillNominated()).isFalse();
    }

    @Test
    void a_vote_after_the_close_is_refused_with_the_time_in_the_members_zone() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        var tokyo = newMember("Tomo Sato", "Asia/Tokyo");
        loginAs(host);
        var invite = clubService.home(slug).invite().orElseThrow().code();
        loginAs(tokyo);
        clubService.join(invite);
        clock.stopAt(at(EVENING).plus(Duration.ofMinutes(1)));
        loginAs(ben);
        assertThatThrownBy(() -> polls.vote(slug, poll, List.of(ran)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This poll closed at 20:00 on 12 March.");
        loginAs(tokyo);
        assertThatThrownBy(() -> polls.vote(slug, poll, List.of(ran)))
                .hasMessage("This poll closed at 05:00 on 13 March.");
    }

    @Test
    void closing_counts_only_members_still_in_the_club_and_says_so() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, true, ran, ikiru);
        loginAs(ana);
        polls.vote(slug, poll, List.of(ran));
        loginAs(ben);
        polls.vote(slug, poll, List.of(ikiru));
        loginAs(host);
        polls.vote(slug, poll, List.of(ikiru, ran));
        loginAs(ben);
        clubService.leave(slug);
        loginAs(host);
        polls.close(slug, poll);
        var result = polls.poll(slug, poll).result();
        assertThat(result.counted()).isEqualTo(2);
        assertThat(result.leftNote()).isEqualTo("1 ballot of a member who left was not counted.");
        assertThatThrownBy(() -> polls.close(slug, poll)).hasMessage("This poll is already closed.");
    }

    @Test
    void a_sealed_poll_shows_no_standings_until_it_closes() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var sealed = openPoll(host, slug, true, ran, ikiru);
        var open = openPoll(host, slug, false, ran, ikiru);
        loginAs(ana);
        polls.vote(slug, sealed, List.of(ran));
        polls.vote(slug, open, List.of(ran));
        assertThat(polls.poll(slug, sealed).standings()).isNull();
        assertThat(polls.poll(slug, sealed).ballots()).isEqualTo(1);
        assertThat(polls.poll(slug, open).standings().rounds().get(0).votes(ran))
                .isEqualTo(1);
    }

    @Test
    void live_standings_cross_to_another_node_as_json_unchanged(
            @org.springframework.beans.factory.annotation.Autowired com.fasterxml.jackson.databind.ObjectMapper json)
            throws Exception {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var heat = nominate(ana, slug, "Heat", 1995);
        var poll = openPoll(host, slug, false, ran, ikiru, heat);
        loginAs(ana);
        polls.vote(slug, poll, List.of(ran, ikiru));
        loginAs(ben);
        polls.vote(slug, poll, List.of(heat));
        loginAs(host);
        polls.vote(slug, poll, List.of(ikiru));
        var page = polls.poll(slug, poll);
        var event = new PollStandings(poll, page.ballots(), page.standings(), false);

        var back = json.readValue(json.writeValueAsString(event), PollStandings.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.standings().rounds()).hasSizeGreaterThan(1);
    }

    @Test
    void a_member_of_another_club_finds_none_of_it() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        var stranger = newMember("Stray Host");
        var strangerClub = newClub(stranger);
        loginAs(stranger);
        looksMissing(() -> nominations.open(slug));
        looksMissing(() -> nominations.nomination(slug, ran));
        looksMissing(() -> nominations.nominate(slug, film("Heat", 1995), true));
        looksMissing(() -> nominations.second(slug, ran));
        looksMissing(() -> nominations.withdraw(slug, ran));
        looksMissing(() -> nominations.archive(slug, ran));
        looksMissing(() -> polls.polls(slug));
        looksMissing(() -> polls.poll(slug, poll));
        looksMissing(() -> polls.vote(slug, poll, List.of(ran)));
        looksMissing(() -> polls.close(slug, poll));
        looksMissing(() -> polls.open(slug, new PollInput("", List.of(ran, ikiru), EVENING, LISBON, false)));
        // Naming their own club with our things in it.
        looksMissing(() -> nominations.nomination(strangerClub, ran));
        looksMissing(() -> nominations.second(strangerClub, ran));
        looksMissing(() -> nominations.archive(strangerClub, ran));
        looksMissing(() -> polls.poll(strangerClub, poll));
        looksMissing(() -> polls.vote(strangerClub, poll, List.of(ran)));
        looksMissing(() -> polls.close(strangerClub, poll));
        looksMissing(() -> polls.open(strangerClub, new PollInput("", List.of(ran, ikiru), EVENING, LISBON, false)));
    }
}
