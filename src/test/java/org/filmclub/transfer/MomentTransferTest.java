package org.filmclub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubSummary;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayCard;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The film times of messages and questions, and an essay's mark that it discusses the ending, travel with a club
 * file; a file crafted with a film time no member could type is refused whole, saying why, with nothing written.
 */
class MomentTransferTest extends ClubWithAFilmTest {

    private static final ObjectMapper JSON = ClubFiles.JSON;

    @Autowired
    ClubTransferService transfer;

    @Autowired
    DiscussionService discussion;

    @Autowired
    QuestionService questions;

    @Autowired
    EssayService essays;

    @Autowired
    FilmService films;

    @Autowired
    JdbcClient jdbc;

    private byte[] file;
    private MemberProfile importer;

    /** Ben wrote at 0:42:00, Cleo asked at 1:10:00 and wrote an essay on the ending of Her, which runs 126 minutes. */
    @BeforeEach
    void a_club_with_moments() {
        loginAs(ben);
        discussion.post(slug, filmId, "The lift scene", null, "m1", Moment.parse("0:42:00"));
        loginAs(cleo);
        questions.propose(slug, filmId, new Proposal("Why the beach?", false, ""), true, "q1", Moment.parse("1:10:00"));
        var essay = essays.start(slug, filmId);
        essays.publish(slug, essay, "She leaves, and he writes at last.", 0, true);
        loginAs(host);
        file = transfer.export(slug);
        importer = newMember("Iris Import");
    }

    @Test
    void film_times_and_the_ending_mark_come_in_with_the_club() {
        loginAs(importer);
        var club = transfer.importClub(file);

        var film = films.films(club.slug(), "", 10).films().get(0).id();
        assertThat(discussion.open(club.slug(), film).messages())
                .extracting(ChatMessage::moment)
                .containsExactly(Moment.parse("0:42:00"));
        assertThat(questions.board(club.slug(), film).questions())
                .extracting(QuestionCard::moment)
                .containsExactly(Moment.parse("1:10:00"));
        assertThat(films.page(club.slug(), film).essays())
                .singleElement()
                .satisfies(essay -> {
                    assertThat(essay.discussesEnding()).isTrue();
                    // The importer has not said they finished it there: the text stays folded.
                    assertThat(essay.folded()).isTrue();
                })
                .extracting(EssayCard::html)
                .isEqualTo("");
    }

    @Test
    void a_file_from_before_film_times_comes_in_without_them() {
        var older = ClubFiles.edit(file, tree -> {
            tree.get("messages").forEach(m -> ((ObjectNode) m).remove("momentMs"));
            tree.get("questions").forEach(q -> ((ObjectNode) q).remove("momentMs"));
            tree.get("films").get(0).get("essays").forEach(e -> ((ObjectNode) e).remove("discussesEnding"));
        });

        loginAs(importer);
        var club = transfer.importClub(older);

        var film = films.films(club.slug(), "", 10).films().get(0).id();
        assertThat(discussion.open(club.slug(), film).messages().get(0).moment())
                .isNull();
        assertThat(films.page(club.slug(), film).essays().get(0).folded()).isFalse();
    }

    @Test
    void a_message_past_the_end_of_the_film_is_refused_and_nothing_is_written() {
        var forged = ClubFiles.edit(
                file, tree -> ((ObjectNode) tree.get("messages").get(0)).put("momentMs", 126 * 60_000L + 1));

        refusedWholly(forged, "Message " + ref("messages"), "past the end of Her", "2:06:00");
    }

    @Test
    void a_message_before_the_start_of_the_film_is_refused() {
        var forged =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("messages").get(0)).put("momentMs", -1));

        refusedWholly(forged, "Message " + ref("messages"), "cannot be before its start");
    }

    @Test
    void a_question_past_the_end_of_a_film_the_file_shortened_is_refused() {
        var forged =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("films").get(0)).put("runtimeMinutes", 60));

        refusedWholly(forged, "Question " + ref("questions"), "past the end of Her", "1:00:00");
    }

    @Test
    void a_question_at_the_largest_number_a_file_can_hold_is_refused() {
        var forged = ClubFiles.edit(
                file, tree -> ((ObjectNode) tree.get("questions").get(0)).put("momentMs", Long.MAX_VALUE));

        refusedWholly(forged, "Question " + ref("questions"), "past the end of Her");
    }

    @Test
    void a_film_time_that_is_not_a_number_is_refused() {
        var forged = ClubFiles.edit(
                file, tree -> ((ObjectNode) tree.get("messages").get(0)).put("momentMs", "0:42:00; drop table"));

        refusedWholly(forged, "not a club file");
    }

    /** The number the file gives the first of its messages or questions, which a refusal names it by. */
    private long ref(String part) {
        try {
            return JSON.readTree(file).get(part).get(0).get("ref").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Refused with a message naming what is wrong, and not one row written: no club, no account, no message. */
    private void refusedWholly(byte[] content, String... saying) {
        loginAs(importer);
        var before = counts();

        assertThatThrownBy(() -> transfer.importClub(content))
                .isInstanceOf(InvalidInputException.class)
                .message()
                .contains(saying);

        assertThat(clubService.myClubs()).extracting(ClubSummary::slug).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private String counts() {
        return jdbc.sql(
                        """
                        select (select count(*) from members) || '/' || (select count(*) from clubs) || '/'
                          || (select count(*) from messages) || '/' || (select count(*) from questions)""")
                .query(String.class)
                .single();
    }
}
