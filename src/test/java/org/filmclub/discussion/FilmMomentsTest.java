package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.filmclub.FilmTalkTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members anchor messages and questions at a time in the film, and say how far they have watched it. */
class FilmMomentsTest extends FilmTalkTest {

    @Autowired
    FilmService films;

    @Test
    void a_message_written_at_a_film_time_shows_that_time_to_the_club() {
        postAs(host, "The lift scene, what a shot", null, "1:02:15");
        postAs(ben, "Not about any scene", null, null);

        openFilmAs(cleo);

        assertThat(Rows.text(0)).contains("⏱ 1:02:15", "The lift scene");
        assertThat(Rows.text(1)).doesNotContain("⏱");
    }

    @Test
    void a_reply_stays_in_its_parents_thread_and_keeps_its_own_moment() {
        var root = postAs(host, "The beach", null, "1:10:00");
        var reply = postAs(ben, "And the letter just before", root.id(), "1:05:30");
        var replyToReply = postAs(cleo, "Agreed", reply.id(), null);

        assertThat(reply.replyTo()).isEqualTo(root.id());
        assertThat(reply.moment()).isEqualTo(Moment.parse("1:05:30"));
        assertThat(replyToReply.replyTo()).isEqualTo(root.id());
        assertThat(replyToReply.moment()).isNull();
        openFilmAs(host);
        assertThat(Rows.texts())
                .satisfiesExactly(
                        first -> assertThat(first).contains("⏱ 1:10:00", "The beach"),
                        second -> assertThat(second).contains("⏱ 1:05:30", "the letter"),
                        third -> assertThat(third).contains("Agreed").doesNotContain("⏱"));
    }

    @Test
    void a_moment_past_the_end_of_the_film_is_refused_by_the_service_and_nothing_is_stored() {
        loginAs(ben);
        assertThatThrownBy(() -> discussion.post(
                        slug, filmId, "Crafted", null, UUID.randomUUID().toString(), Moment.parse("2:06:01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("past the end of Her");
        assertThatThrownBy(() -> questions.propose(
                        slug,
                        filmId,
                        new Proposal("Why the lift?", false, ""),
                        true,
                        UUID.randomUUID().toString(),
                        Moment.ofSeconds(24 * 3600)))
                .isInstanceOf(InvalidInputException.class);
        // A negative moment cannot even be made, whoever calls.
        assertThatThrownBy(() -> Moment.ofMillis(-5)).isInstanceOf(InvalidInputException.class);

        assertThat(discussion.open(slug, filmId).messages()).isEmpty();
        assertThat(questions.board(slug, filmId).questions()).isEmpty();
    }

    @Test
    void a_question_asked_at_a_film_time_shows_that_time_on_the_board() {
        loginAs(ben);
        questions.propose(
                slug,
                filmId,
                new Proposal("Why does the lift stop?", false, ""),
                true,
                UUID.randomUUID().toString(),
                Moment.parse("42:00"));

        assertThat(questions.board(slug, filmId).questions()).singleElement().satisfies(q -> assertThat(q.moment())
                .isEqualTo(Moment.parse("0:42:00")));
        openFilmAs(cleo);
        assertThat(_get(Span.class, spec -> spec.withClasses("question-moment")).getText())
                .isEqualTo("⏱ 0:42:00");
    }

    @Test
    void a_member_says_how_far_they_have_watched_and_only_they_change_it() {
        loginAs(ben);
        assertThat(progress.progress(slug, filmId)).isEqualTo(Progress.notSet());

        progress.setProgress(slug, filmId, Progress.at(Moment.parse("42:00")));
        assertThat(progress.progress(slug, filmId).text()).isEqualTo("I'm at 0:42:00");
        progress.setProgress(slug, filmId, Progress.finished());
        assertThat(progress.progress(slug, filmId)).isEqualTo(Progress.finished());
        assertThatThrownBy(() -> progress.setProgress(slug, filmId, Progress.at(Moment.parse("3:00:00"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(progress.progress(slug, filmId)).isEqualTo(Progress.finished());

        loginAs(cleo);
        assertThat(progress.progress(slug, filmId)).isEqualTo(Progress.notSet());
    }

    @Test
    void a_member_of_another_club_can_neither_set_progress_on_read_nor_post_moments_in_this_clubs_film() {
        postAs(host, "The lift scene", null, "1:02:15");
        var outsider = newMember("Olga Outsider");
        var theirClub = newClub(outsider);
        loginAs(outsider);
        var theirFilm = films.add(theirClub, new FilmDetails("Solaris", 1972, "Andrei Tarkovsky", 167, "", ""))
                .id();

        looksMissing(() -> progress.setProgress(slug, filmId, Progress.finished()));
        looksMissing(() -> progress.progress(slug, filmId));
        looksMissing(() -> discussion.open(slug, filmId));
        looksMissing(() -> discussion.post(
                slug, filmId, "Spoiler!", null, UUID.randomUUID().toString(), Moment.parse("1:00:00")));
        looksMissing(() -> questions.propose(
                slug,
                filmId,
                new Proposal("Why?", false, ""),
                true,
                UUID.randomUUID().toString(),
                Moment.parse("1:00:00")));
        // Their own club's address with this club's film is no way in either.
        looksMissing(() -> progress.setProgress(theirClub, filmId, Progress.finished()));
        looksMissing(() -> discussion.post(
                theirClub, filmId, "Spoiler!", null, UUID.randomUUID().toString(), Moment.parse("1:00:00")));
        looksMissing(() -> progress.setProgress(slug, theirFilm, Progress.finished()));

        loginAs(ben);
        assertThat(discussion.open(slug, filmId).messages()).singleElement();
    }
}
