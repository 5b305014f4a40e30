package org.filmclub.question;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.NotPermittedException;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members propose and vote questions on a film's board; the host walks the club through them. */
class QuestionJourneyTest extends ClubWithAFilmTest {

    @Autowired
    QuestionService questions;

    @Autowired
    BoardUpdates boardUpdates;

    @Autowired
    FilmService films;

    private void openFilmAs(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }

    private long proposeAs(MemberProfile author, String text, boolean anonymous) {
        loginAs(author);
        return questions.propose(
                slug,
                filmId,
                new Proposal(text, anonymous, ""),
                true,
                UUID.randomUUID().toString());
    }

    /** What another member's screen receives: the coalesced redraw, pushed to this UI. */
    private void boardRedrawnLive() {
        boardUpdates.redraw();
        pushesArrive();
    }

    private static List<String> openQuestions() {
        return _find(ListItem.class, spec -> spec.withClasses("question")).stream()
                .filter(item -> item.getParent()
                        .map(p -> !p.getClassNames().contains("now-discussing"))
                        .orElse(true))
                .filter(item -> item.getParent()
                        .flatMap(p -> p.getParent())
                        .map(p -> p.getClassNames().contains("question-board"))
                        .orElse(false))
                .map(Screen::textOf)
                .toList();
    }

    private static ListItem question(String text) {
        return _get(ListItem.class, spec -> spec.withClasses("question")
                .withPredicate(item -> Screen.textOf(item).contains(text)));
    }

    /** Picks one of a question's moderation actions from its "⋯" menu, as a host does. */
    private static void fromMoreActions(String questionText, String action) {
        var menu = _get(question(questionText), MenuBar.class, spec -> spec.withClasses("more-actions"));
        assertThat(menu.getItems()).singleElement().satisfies(more -> assertThat(more.getAriaLabel())
                .hasValue("More actions"));
        ContextMenuKt._clickItemWithCaption(menu, action);
    }

    private static Button voteButton(String text) {
        return _get(question(text), Button.class, spec -> spec.withClasses("vote"));
    }

    @Test
    void member_proposes_votes_and_unvotes_and_sees_the_order_change() {
        proposeAs(host, "Would a zen-type AI want to grow?", false);
        proposeAs(host, "Is Theodore a good letter writer?", false);
        openFilmAs(ben);
        assertThat(openQuestions().get(0)).contains("zen-type");

        _click(voteButton("good letter writer"));
        assertThat(voteButton("good letter writer").getText()).isEqualTo("▲ 1");
        assertThat(voteButton("good letter writer").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(openQuestions().get(0)).contains("good letter writer");

        _click(voteButton("good letter writer"));
        assertThat(voteButton("good letter writer").getText()).isEqualTo("▲ 0");
        assertThat(openQuestions().get(0)).contains("zen-type");

        _click(_get(Button.class, spec -> spec.withText("Ask a question")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your question")), "What does the ending mean for Amy?");
        _click(_get(Button.class, spec -> spec.withText("Ask")));
        assertThat(Screen.notifications()).contains("Your question is on the board.");
        _get(RadioButtonGroup.class, spec -> {}).setValue("Newest");
        assertThat(openQuestions()).as(String.join("|", openQuestions())).hasSize(3);
        assertThat(openQuestions().get(0)).contains("ending mean for Amy", "asked by Ben Okafor");
    }

    @Test
    void a_vote_by_one_member_reorders_another_members_open_board() {
        var zen = proposeAs(host, "Would a zen-type AI want to grow?", false);
        proposeAs(host, "Why is everything red?", false);
        loginAs(cleo);
        questions.vote(slug, proposeAs(cleo, "Is Samantha jealous?", false));
        openFilmAs(ben);
        assertThat(openQuestions().get(0)).contains("Samantha jealous");

        loginAs(host);
        questions.vote(slug, zen);
        loginAs(cleo);
        questions.vote(slug, zen);
        loginAs(ben);
        boardRedrawnLive();

        assertThat(openQuestions().get(0)).contains("zen-type", "▲ 2");
        assertThat(openQuestions().get(1)).contains("Samantha jealous", "▲ 1");
    }

    @Test
    void a_redraw_for_a_vote_elsewhere_leaves_the_question_a_host_is_working_on_as_it_was() {
        var zen = proposeAs(cleo, "Would a zen-type AI want to grow?", false);
        loginAs(cleo);
        questions.vote(slug, zen);
        var red = proposeAs(cleo, "Why is everything red?", false);
        openFilmAs(host);
        var hostsItem = question("Why is everything red?");
        var menu = _get(hostsItem, MenuBar.class, spec -> spec.withClasses("more-actions"));

        loginAs(ben);
        questions.vote(slug, zen);
        loginAs(host);
        boardRedrawnLive();

        // The voted question shows its new count; the other, and the host's open menu in it, stay where they were.
        assertThat(openQuestions().get(0)).contains("zen-type", "▲ 2");
        assertThat(question("Why is everything red?")).isSameAs(hostsItem);
        assertThat(_get(hostsItem, MenuBar.class, spec -> spec.withClasses("more-actions")))
                .isSameAs(menu);

        // A question asked elsewhere is added; the items already shown stay as they were.
        var zensItem = question("Would a zen-type AI want to grow?");
        proposeAs(ben, "What does Theodore write for a living?", false);
        loginAs(host);
        boardRedrawnLive();
        assertThat(openQuestions()).hasSize(3);
        assertThat(question("Why is everything red?")).isSameAs(hostsItem);
        assertThat(question("Would a zen-type AI want to grow?")).isSameAs(zensItem);

        // A vote that changes the order draws the voted question again, in its new place; the other stays as it was.
        loginAs(ben);
        questions.vote(slug, red);
        loginAs(cleo);
        questions.vote(slug, red);
        loginAs(host);
        questions.vote(slug, red);
        boardRedrawnLive();
        assertThat(openQuestions().get(0)).contains("everything red", "▲ 3");
        assertThat(openQuestions().get(1)).contains("zen-type", "▲ 2");
        assertThat(question("Would a zen-type AI want to grow?")).isSameAs(zensItem);
    }

    @Test
    void one_vote_per_member_however_often_it_is_sent() {
        var id = proposeAs(host, "Is the city a character?", false);
        loginAs(ben);
        assertThat(questions.vote(slug, id)).isTrue();
        assertThat(questions.vote(slug, id)).isFalse();
        assertThat(questions.board(slug, filmId).questions().get(0).votes()).isEqualTo(1);
        assertThat(questions.unvote(slug, id)).isTrue();
        assertThat(questions.unvote(slug, id)).isFalse();
        assertThat(questions.board(slug, filmId).questions().get(0).votes()).isZero();
    }

    @Test
    void host_walks_the_board_discussing_answering_pinning_and_reopening() {
        proposeAs(ben, "Why does she leave?", false);
        proposeAs(cleo, "What about Amy?", false);
        openFilmAs(host);

        _click(_get(question("Why does she leave?"), Button.class, spec -> spec.withText("Discuss now")));
        assertThat(Screen.text()).contains("Now discussing▲ 0Why does she leave?");
        // The banner atop the discussion follows the board's live redraw.
        boardRedrawnLive();
        assertThat(Screen.text()).contains("Now discussing: Why does she leave?");
        _click(_get(question("What about Amy?"), Button.class, spec -> spec.withText("Discuss now")));
        assertThat(questions.board(slug, filmId).discussing().orElseThrow().text())
                .isEqualTo("What about Amy?");
        assertThat(questions.board(slug, filmId).questions())
                .filteredOn(q -> q.status() == QuestionStatus.DISCUSSING)
                .hasSize(1);

        _click(_get(question("What about Amy?"), Button.class, spec -> spec.withText("Mark answered")));
        assertThat(Screen.text()).contains("Answered (1)");
        boardRedrawnLive();
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("now-discussing-banner"));
        loginAs(ben);
        assertThatThrownBy(() -> questions.vote(
                        slug, questions.board(slug, filmId).answered().get(0).id()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This question was answered; it takes no more votes.");

        loginAs(host);
        assertThat(_find(question("Why does she leave?"), Button.class, spec -> spec.withText("Pin")))
                .isEmpty();
        fromMoreActions("Why does she leave?", "Pin");
        assertThat(Screen.textOf(question("Why does she leave?"))).contains("pinned");
        _click(_get(question("What about Amy?"), Button.class, spec -> spec.withText("Reopen")));
        _assertNone(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("answered"));
        assertThat(openQuestions().get(0)).contains("Why does she leave?");
    }

    @Test
    void host_hides_a_question_with_a_reason_only_its_author_sees() {
        var rude = proposeAs(ben, "Is this film overrated garbage?", false);
        openFilmAs(host);
        fromMoreActions("overrated", "Hide…");
        _click(_get(Button.class, spec -> spec.withText("Hide")));
        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Why hide it? Its author will see this.")),
                "Say why, so its author understands.");
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("Why hide it? Its author will see this.")),
                "Please ask it kindly");
        _click(_get(Button.class, spec -> spec.withText("Hide")));
        assertThat(Screen.text()).contains("Hidden (1)");

        openFilmAs(ben);
        assertThat(Screen.text()).contains("Hidden by a host: Please ask it kindly");
        assertThatThrownBy(() -> questions.vote(slug, rude)).isInstanceOf(NotPermittedException.class);
        openFilmAs(cleo);
        assertThat(Screen.text()).doesNotContain("overrated");
        loginAs(cleo);
        looksMissing(() -> questions.vote(slug, rude));
    }

    @Test
    void host_merges_a_duplicate_and_a_member_who_voted_for_both_counts_once() {
        var keep = proposeAs(ben, "Does Samantha really love him?", false);
        var duplicate = proposeAs(cleo, "Is Samantha's love real?", false);
        loginAs(ben);
        questions.vote(slug, keep);
        questions.vote(slug, duplicate);
        loginAs(cleo);
        questions.vote(slug, duplicate);

        openFilmAs(host);
        fromMoreActions("love real", "Merge…");
        @SuppressWarnings("unchecked")
        Select<QuestionCard> into = _get(Select.class, spec -> spec.withLabel("Merge into"));
        into.setValue(into.getListDataView()
                .getItems()
                .filter(q -> q.id() == keep)
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Merge")));

        assertThat(Screen.text()).doesNotContain("love real");
        assertThat(voteButton("really love him").getText()).isEqualTo("▲ 2");
        loginAs(cleo);
        assertThatThrownBy(() -> questions.vote(slug, duplicate))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This question was merged into another; vote for that one.");
    }

    @Test
    void an_anonymous_question_hides_its_author_from_members_and_shows_it_to_hosts() {
        openFilmAs(ben);
        _click(_get(Button.class, spec -> spec.withText("Ask a question")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your question")), "Did anyone else cry at the letter?");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ask anonymously (hosts still see who asked)")), true);
        _click(_get(Button.class, spec -> spec.withText("Ask")));
        assertThat(Screen.textOf(question("cry at the letter"))).contains("anonymous member (Ben Okafor)");

        openFilmAs(cleo);
        assertThat(Screen.textOf(question("cry at the letter")))
                .contains("asked by anonymous member")
                .doesNotContain("Ben");
        loginAs(cleo);
        assertThat(questions.board(slug, filmId).questions().get(0).author()).isEmpty();
        openFilmAs(host);
        assertThat(Screen.textOf(question("cry at the letter"))).contains("anonymous member (Ben Okafor)");
    }

    @Test
    void a_member_removed_after_the_host_changed_the_club_address_receives_no_more_of_its_board() {
        proposeAs(host, "Is the OS a mirror?", false);
        openFilmAs(ben);
        assertThat(openQuestions()).hasSize(1);

        loginAs(host);
        var moved = unique("moved");
        clubService.edit(slug, new org.filmclub.club.ClubDetails("Moved Club", "", moved));
        clubService.remove(moved, ben.id());
        loginAs(host);
        questions.propose(moved, filmId, new Proposal("Shall we talk about Ben?", true, ""), true, "after-ben");
        loginAs(ben);
        boardRedrawnLive();

        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(org.filmclub.club.ui.ClubsView.class);
        _assertNone(ListItem.class, spec -> spec.withClasses("question"));
        assertThat(Screen.text()).doesNotContain("talk about Ben").doesNotContain("OS a mirror");
    }

    @Test
    void a_board_snapshot_shows_a_former_member_nothing_and_a_former_host_no_hidden_question_or_anonymous_author() {
        proposeAs(ben, "Did anyone else cry at the letter?", true);
        var hiddenOne = proposeAs(cleo, "Off-topic rant", false);
        loginAs(host);
        clubService.promote(slug, cleo.id());
        questions.hide(slug, hiddenOne, "Off topic");
        loginAs(cleo);
        clubService.demote(slug, host.id());
        var clubId = clubService.home(slug).club().id();
        loginAs(ben);
        clubService.leave(slug);

        var snapshot = boardUpdates.snapshot(filmId, clubId);
        assertThat(snapshot.seenBy(ben.id()).questions()).isEmpty();
        assertThat(snapshot.seenBy(host.id()).questions()).singleElement().satisfies(q -> assertThat(q.author())
                .isEmpty());
        assertThat(snapshot.seenBy(cleo.id()).questions()).hasSize(2).anySatisfy(q -> assertThat(q.author())
                .isEqualTo("Ben Okafor"));

        // What a screen keeps names the viewer's own roles alone, not every member of the club, and shows the same
        // when shown again.
        assertThat(snapshot.members()).contains(host.id(), cleo.id());
        var cleos = snapshot.seenBy(cleo.id());
        assertThat(cleos.members()).containsExactly(cleo.id());
        assertThat(cleos.hosts()).containsExactly(cleo.id());
        assertThat(cleos.seenBy(cleo.id()).questions()).isEqualTo(cleos.questions());
        assertThat(snapshot.seenBy(ben.id()).members()).isEmpty();
    }

    @Test
    void a_host_demoted_while_the_board_is_open_stops_seeing_who_asked_anonymously_and_what_was_hidden() {
        proposeAs(ben, "Did anyone else cry at the letter?", true);
        var hiddenOne = proposeAs(cleo, "Off-topic rant", false);
        loginAs(host);
        clubService.promote(slug, cleo.id());
        questions.hide(slug, hiddenOne, "Off topic");
        openFilmAs(host);
        assertThat(Screen.textOf(question("cry at the letter"))).contains("anonymous member (Ben Okafor)");
        assertThat(Screen.text()).contains("Off-topic rant");

        loginAs(cleo);
        clubService.demote(slug, host.id());
        loginAs(host);
        pushesArrive();
        assertThat(Screen.textOf(question("cry at the letter")))
                .contains("asked by anonymous member")
                .doesNotContain("Ben");
        assertThat(Screen.text()).doesNotContain("Off-topic rant");
        _assertNone(Button.class, spec -> spec.withText("Discuss now"));
        _assertNone(MenuBar.class, spec -> spec.withClasses("more-actions"));

        proposeAs(cleo, "A new question after the change", false);
        loginAs(host);
        boardRedrawnLive();
        assertThat(openQuestions()).hasSize(2);
        assertThat(Screen.text()).doesNotContain("Ben Okafor").doesNotContain("Off-topic rant");
    }

    @Test
    void a_near_duplicate_suggests_voting_for_the_open_one_and_can_still_be_posted() {
        proposeAs(host, "Would a zen-type AI want to grow?", false);
        openFilmAs(ben);
        _click(_get(Button.class, spec -> spec.withText("Ask a question")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your question")), "Would a zen type AI want growing?");
        _click(_get(Button.class, spec -> spec.withText("Ask")));
        assertThat(Screen.text())
                .contains("A question like this is already open. Vote for it instead, or post yours anyway.");

        _click(_get(Button.class, spec -> spec.withText("Ask mine anyway")));
        assertThat(openQuestions()).hasSize(2);
    }

    @Test
    void empty_and_over_long_questions_are_refused() {
        loginAs(ben);
        assertThatThrownBy(() -> questions.propose(slug, filmId, new Proposal("  ", false, ""), true, "k1"))
                .hasMessage("Write the question first.");
        assertThatThrownBy(() -> questions.propose(slug, filmId, new Proposal("?".repeat(301), false, ""), true, "k2"))
                .hasMessage("A question can be at most 300 characters; this one has 301.");
        assertThat(questions.board(slug, filmId).questions()).isEmpty();
    }

    @Test
    void proposing_questions_faster_than_a_person_is_slowed_and_keeps_the_text() {
        clock.stop();
        openFilmAs(ben);
        for (var i = 1; i <= QuestionLimits.FLOOD.count(); i++) {
            questions.propose(
                    slug,
                    filmId,
                    new Proposal("Question number " + i + " about the ending?", false, ""),
                    true,
                    UUID.randomUUID().toString());
        }
        _click(_get(Button.class, spec -> spec.withText("Ask a question")));
        var box = _get(TextArea.class, spec -> spec.withLabel("Your question"));
        _setValue(box, "One question too many?");
        _click(_get(Button.class, spec -> spec.withText("Ask")));

        HasValidationUtilsKt._expectInvalid(
                box, "Slow down a little: at most 5 questions in 60 seconds. Your question is still in the box.");
        assertThat(box.getValue()).isEqualTo("One question too many?");
        assertThatThrownBy(() -> questions.propose(slug, filmId, new Proposal("And another?", false, ""), true, "k"))
                .isInstanceOf(org.filmclub.base.InvalidInputException.class);
        assertThat(questions.board(slug, filmId).questions()).hasSize(QuestionLimits.FLOOD.count());

        clock.stopAt(clock.instant().plus(QuestionLimits.FLOOD.window()).plusSeconds(1));
        _click(_get(Button.class, spec -> spec.withText("Ask")));
        assertThat(questions.board(slug, filmId).questions()).hasSize(QuestionLimits.FLOOD.count() + 1);
    }

    @Test
    void a_burst_of_votes_is_read_once_per_redraw_and_the_same_snapshot_reaches_every_open_board() {
        var id = proposeAs(host, "Is the OS a mirror?", false);
        loginAs(host);
        var quietFilm = films.add(slug, new FilmDetails("Lost in Translation", 2003, "Sofia Coppola", 102, "", ""))
                .id();
        proposeAs(host, "Who whispers what at the end?", false);
        boardRedrawnLive();
        var bus = context.getBean(org.filmclub.base.live.LiveBus.class);
        var received = new java.util.concurrent.CopyOnWriteArrayList<Board>();
        var quiet = new java.util.concurrent.CopyOnWriteArrayList<Object>();
        var openBoards = 10;
        var subscriptions = new java.util.ArrayList<Runnable>();
        for (var i = 0; i < openBoards; i++) {
            subscriptions.add(bus.subscribe(org.filmclub.film.FilmRef.liveTopic(filmId), event -> {
                if (event instanceof BoardChanged changed) {
                    received.add(changed.board());
                }
            }));
        }
        subscriptions.add(bus.subscribe(org.filmclub.film.FilmRef.liveTopic(quietFilm), quiet::add));
        try {
            for (var voter : List.of(host, ben, cleo)) {
                loginAs(voter);
                questions.vote(slug, id);
            }
            boardRedrawnLive();
            var sent = received.size();
            boardRedrawnLive();

            // Each snapshot was read once and handed, the same object, to every open board.
            var snapshots =
                    received.stream().map(System::identityHashCode).distinct().count();
            assertThat(received).hasSize((int) snapshots * openBoards);
            assertThat(received.get(received.size() - 1).questions().get(0).votes())
                    .isEqualTo(3);
            // Nothing changed since: nothing is read or sent; a board whose film did not change is never touched.
            assertThat(received).hasSize(sent);
            assertThat(quiet).isEmpty();
        } finally {
            subscriptions.forEach(Runnable::run);
        }
    }

    @Test
    void a_reason_or_quote_longer_than_the_form_allows_is_refused_by_the_service_as_well() {
        var id = proposeAs(ben, "Is the OS a mirror?", false);
        loginAs(host);
        assertThatThrownBy(() -> questions.hide(slug, id, "x".repeat(QuestionLimits.REASON_MAX + 1)))
                .hasMessage("At most " + QuestionLimits.REASON_MAX + " characters");
        loginAs(ben);
        assertThatThrownBy(() -> questions.propose(
                        slug,
                        filmId,
                        new Proposal("Quoting a lot?", false, "q".repeat(QuestionLimits.QUOTE_MAX + 1)),
                        true,
                        "long-quote"))
                .hasMessage("Quote at most " + QuestionLimits.QUOTE_MAX + " characters of the essay.");
        assertThat(questions.board(slug, filmId).questions()).singleElement().satisfies(q -> assertThat(q.status())
                .isEqualTo(QuestionStatus.OPEN));
    }

    @Test
    void votes_of_a_member_who_left_stop_counting() {
        var id = proposeAs(host, "Is the OS a mirror?", false);
        loginAs(ben);
        questions.vote(slug, id);
        loginAs(cleo);
        questions.vote(slug, id);
        assertThat(questions.board(slug, filmId).questions().get(0).votes()).isEqualTo(2);
        loginAs(ben);
        clubService.leave(slug);
        loginAs(cleo);
        assertThat(questions.board(slug, filmId).questions().get(0).votes()).isEqualTo(1);
    }

    @Test
    void a_member_of_another_club_cannot_see_vote_or_steer_its_questions() {
        var id = proposeAs(ben, "Private question", false);
        var outsider = newMember("Out Sider");
        var otherClub = newClub(outsider);
        loginAs(outsider);
        for (var club : new String[] {slug, otherClub}) {
            looksMissing(() -> questions.board(club, filmId));
            looksMissing(() -> questions.vote(club, id));
            looksMissing(() -> questions.unvote(club, id));
            looksMissing(() -> questions.propose(club, filmId, new Proposal("x?", false, ""), true, "k"));
        }
        // A host elsewhere is no host here.
        looksMissing(() -> questions.discuss(otherClub, id));
        looksMissing(() -> questions.hide(otherClub, id, "mine now"));
        looksMissing(() -> questions.pin(otherClub, id, true));
        looksMissing(() -> questions.discuss(slug, id));
        loginAs(cleo);
        assertThatThrownBy(() -> questions.discuss(slug, id)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_question_asked_from_an_essay_passage_shows_the_quote_and_links_back() {
        loginAs(ben);
        questions.propose(
                slug,
                filmId,
                new Proposal("Is this true of Theodore?", false, "The past is just a story we tell ourselves."),
                true,
                "from-essay");
        openFilmAs(cleo);
        var item = question("true of Theodore");
        assertThat(Screen.textOf(item)).contains("“The past is just a story we tell ourselves.”", "in the essay");
        assertThat(_get(item, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("in the essay"))
                        .getHref())
                .isEqualTo("#:~:text=The%20past%20is%20just%20a%20story%20we%20tell");
        assertThat(_find(Paragraph.class, spec -> spec.withText("No questions yet. What should the club talk about?")))
                .allMatch(p -> !p.isVisible());
        assertThat(_find(Span.class, spec -> spec.withClasses("question-meta"))).isNotEmpty();
    }
}
