package org.filmclub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubMember;
import org.filmclub.club.ClubSummary;
import org.filmclub.club.Role;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.screening.Answer;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member uploads a club file written to do harm: to borrow real accounts, make themselves or others
 * hosts, slip in links and values no form accepts, or keep the server busy. The file is refused whole, or
 * comes in as a club of placeholders that touches no one else.
 */
class ClubImportAttackTest extends AbstractAppTest {

    private static final ObjectMapper JSON = ClubFiles.JSON;

    private MemberProfile victim;
    private MemberProfile attacker;
    private byte[] file;

    /** A real club with Vic in it: Vic wrote, voted and answered; its file names Vic by username. */
    @BeforeEach
    void a_club_the_victim_is_in() {
        var host = newMember("Hana Host");
        victim = newMember("Vic Victim");
        attacker = newMember("Mallory");
        var slug = newClub(host, victim);
        loginAs(host);
        var film = context.getBean(FilmService.class)
                .add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", "https://example.com/her.jpg"));
        var essays = context.getBean(EssayService.class);
        var essay = essays.start(slug, film.id());
        essays.publish(slug, essay, "# On *Her*\n\nFirst thoughts.", 0);
        var start = LocalDateTime.ofInstant(clock.instant().plus(7, ChronoUnit.DAYS), ZoneId.of("Europe/Lisbon"))
                .truncatedTo(ChronoUnit.HOURS);
        var screenings = context.getBean(ScreeningService.class);
        var screening = screenings.schedule(
                slug,
                new ScreeningInput(
                        film.id(),
                        start,
                        ZoneId.of("Europe/Lisbon"),
                        150,
                        "The back room",
                        "https://meet.example.com/her",
                        null,
                        ""));
        loginAs(victim);
        context.getBean(DiscussionService.class).post(slug, film.id(), "Did the ending work for you?", null, "k1");
        var questions = context.getBean(QuestionService.class);
        var question = questions.propose(
                slug, film.id(), new Proposal("Would a zen-type AI want to grow?", false, null), true, "q1");
        questions.vote(slug, question);
        screenings.rsvp(slug, screening, Answer.GOING);
        loginAs(host);
        file = context.getBean(ClubTransferService.class).export(slug);
    }

    @Test
    void import_never_enrolls_an_existing_account_named_in_the_file_nor_credits_it_with_anything() {
        var before = creditedTo(victim);

        var club = importAsAttacker(file);

        loginAs(victim);
        assertThat(clubService.myClubs()).extracting(ClubSummary::slug).doesNotContain(club.slug());
        assertThat(creditedTo(victim)).isEqualTo(before);
        loginAs(attacker);
        assertThat(clubService.home(club.slug()).members())
                .extracting(ClubMember::username)
                .doesNotContain(victim.username())
                .contains(attacker.username())
                .anyMatch(name -> name.startsWith(victim.username() + "~"));
    }

    @Test
    void a_file_claiming_everyone_is_a_host_makes_only_the_importer_host() {
        var everyoneHost = ClubFiles.edit(
                file, tree -> tree.get("club").get("members").forEach(m -> ((ObjectNode) m).put("role", "HOST")));

        var club = importAsAttacker(everyoneHost);

        var members = clubService.home(club.slug()).members();
        assertThat(members)
                .filteredOn(m -> m.role() == Role.HOST)
                .extracting(ClubMember::username)
                .containsExactly(attacker.username());
        assertThat(members).hasSize(3);
    }

    @Test
    void people_from_a_file_are_placeholders_with_no_password_that_no_one_can_sign_in_as() {
        var club = importAsAttacker(file);

        var placeholders = clubService.home(club.slug()).members().stream()
                .map(ClubMember::username)
                .filter(name -> !name.equals(attacker.username()))
                .toList();
        assertThat(placeholders).hasSize(2).allMatch(name -> name.endsWith("~" + club.id()));
        for (var name : placeholders) {
            assertThat(memberService.credentials(name)).isEmpty();
            assertThat(jdbc().sql("select count(*) from members where username = :u and password_hash is null")
                            .param("u", name)
                            .query(Long.class)
                            .single())
                    .isOne();
        }
    }

    @Test
    void an_imported_screening_with_a_javascript_online_link_is_refused_and_nothing_is_written() {
        var scripted =
                ClubFiles.edit(file, tree -> screening(tree).put("onlineLink", "javascript:alert(document.cookie)"));

        refusedWholly(scripted, "Screening 1", "https://");
    }

    @Test
    void an_imported_film_with_an_http_poster_is_refused() {
        var plainHttp =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("films").get(0))
                        .put("posterUrl", "http://tracker.example.com/pixel.gif"));

        refusedWholly(plainHttp, "Film", "https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#unsafeAddresses")
    void an_imported_file_with_an_unsafe_address_as_link_or_poster_is_refused(String name, String address) {
        refusedWholly(
                ClubFiles.edit(file, tree -> screening(tree).put("onlineLink", address)), "Screening 1", "https://");
        refusedWholly(
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("films").get(0)).put("posterUrl", address)),
                "Film",
                "https://");
    }

    @Test
    void an_imported_screening_in_a_time_zone_that_does_not_exist_is_refused() {
        var noSuchZone = ClubFiles.edit(file, tree -> screening(tree).put("timeZone", "Mars/Olympus_Mons"));

        refusedWholly(noSuchZone, "Screening 1", "Mars/Olympus_Mons\" is not a time zone");
    }

    @Test
    void an_imported_essay_claiming_a_revision_it_does_not_have_is_refused() {
        var forged = ClubFiles.edit(
                file,
                tree -> ((ObjectNode) tree.get("films").get(0).get("essays").get(0)).put("revision", 99));

        refusedWholly(forged, "Film", "current revision is 99");
    }

    @Test
    void an_imported_essay_that_would_overflow_the_renderer_is_refused() {
        var nested = ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("films")
                        .get(0)
                        .get("essays")
                        .get(0)
                        .get("revisions")
                        .get(0))
                .put("body", ">".repeat(1_000) + " deep"));

        refusedWholly(nested, "Film", "revision 1");
    }

    @Test
    void an_imported_screening_that_says_it_is_live_but_never_started_is_refused() {
        var forged = ClubFiles.edit(file, tree -> screening(tree).put("status", "LIVE"));

        refusedWholly(forged, "Screening 1", "LIVE");
    }

    @Test
    void an_imported_question_pinned_after_it_was_answered_is_refused() {
        var forged =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("questions").get(0))
                        .put("status", "ANSWERED")
                        .put("answeredAt", "2026-01-01T20:00:00Z")
                        .put("pinned", true));

        refusedWholly(forged, "pinned where it cannot be");
    }

    @Test
    void an_imported_message_that_says_it_was_hidden_by_no_one_is_refused() {
        var forged =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("messages").get(0)).put("status", "HIDDEN"));

        refusedWholly(forged, "Message", "no one hid it");
    }

    @Test
    void a_deleted_message_in_a_file_comes_in_without_its_text() {
        var deleted =
                ClubFiles.edit(file, tree -> ((ObjectNode) tree.get("messages").get(0)).put("status", "DELETED"));

        var club = importAsAttacker(deleted);

        assertThat(jdbc().sql(
                                """
                        select m.body || m.html from messages m join films f on f.id = m.film_id
                        where f.club_id = :club""")
                        .param("club", club.id())
                        .query(String.class)
                        .list())
                .containsExactly("");
    }

    @Test
    void a_file_with_more_people_than_any_club_is_refused_before_any_account_is_made() {
        var crowd = ClubFiles.edit(file, tree -> {
            var people = (ArrayNode) tree.get("people");
            for (int i = people.size(); i <= TransferLimits.PEOPLE_MAX; i++) {
                people.addObject()
                        .put("ref", 1000 + i)
                        .put("username", "crowd" + i)
                        .put("displayName", "Crowd");
            }
        });

        refusedWholly(crowd, "2,001 people", "at most 2,000");
    }

    @Test
    void a_file_larger_than_any_club_is_refused_before_it_is_read() {
        var padded = Arrays.copyOf(file, TransferLimits.MAX_BYTES + 1);
        Arrays.fill(padded, file.length, padded.length, (byte) ' ');

        refusedWholly(padded, "larger than 20 MB");
    }

    @Test
    void a_file_nested_deeper_than_a_club_file_is_refused_while_it_is_read() {
        var deep = ClubFiles.edit(file, tree -> {
            var node = tree.putArray("extra");
            for (int i = 0; i < 500; i++) {
                node = node.addArray();
            }
        });

        refusedWholly(deep, "nests deeper");
    }

    private ClubSummary importAsAttacker(byte[] content) {
        loginAs(attacker);
        return context.getBean(ClubTransferService.class).importClub(content);
    }

    /** Refused with a message naming what is wrong, and not one row written: no club, no account. */
    private void refusedWholly(byte[] content, String... saying) {
        var members =
                jdbc().sql("select count(*) from members").query(Long.class).single();
        var clubs = jdbc().sql("select count(*) from clubs").query(Long.class).single();

        assertThatThrownBy(() -> importAsAttacker(content))
                .isInstanceOf(InvalidInputException.class)
                .message()
                .contains(saying);

        assertThat(clubService.myClubs()).isEmpty();
        assertThat(jdbc().sql("select count(*) from members").query(Long.class).single())
                .isEqualTo(members);
        assertThat(jdbc().sql("select count(*) from clubs").query(Long.class).single())
                .isEqualTo(clubs);
    }

    /** How many messages, votes, answers and memberships this account has. */
    private String creditedTo(MemberProfile member) {
        return jdbc().sql(
                        """
                        select (select count(*) from messages where author_id = :id) || '/'
                          || (select count(*) from question_votes where member_id = :id) || '/'
                          || (select count(*) from rsvps where member_id = :id) || '/'
                          || (select count(*) from memberships where member_id = :id)""")
                .param("id", member.id())
                .query(String.class)
                .single();
    }

    private static ObjectNode screening(ObjectNode tree) {
        return (ObjectNode) tree.get("screenings").get(0);
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }
}
