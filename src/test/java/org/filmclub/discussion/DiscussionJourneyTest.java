package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.live.LiveBus;
import org.filmclub.discussion.ui.MessageList;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members talk about a film in its live panel; what one does, the others' open panels show. */
class DiscussionJourneyTest extends ClubWithAFilmTest {

    @Autowired
    DiscussionService discussion;

    @Autowired
    FilmService films;

    @Autowired
    LiveBus bus;

    @Autowired
    org.filmclub.notification.NotificationService notifications;

    @Autowired
    org.filmclub.base.live.MinuteTicker ticker;

    private void openFilmAs(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }

    /** Does what another member's browser would: posts through the service as them, then comes back. */
    private ChatMessage postAs(MemberProfile author, String text, Long replyTo, MemberProfile viewer) {
        loginAs(author);
        var posted =
                discussion.post(slug, filmId, text, replyTo, UUID.randomUUID().toString());
        loginAs(viewer);
        pushesArrive();
        return posted;
    }

    /** Each row as the member sees it: its text, then its markup (to see spoilers and mentions). */
    private static List<String> shown() {
        var rows = new ArrayList<String>();
        for (var i = 0; i < Rows.count(); i++) {
            rows.add(Rows.text(i) + Rows.html(i));
        }
        return rows;
    }

    private static TextArea composer() {
        return _get(TextArea.class, spec -> spec.withLabel("Message"));
    }

    private static void send(String text) {
        _setValue(composer(), text);
        _click(_get(Button.class, spec -> spec.withText("Send")));
    }

    /**
     * What an open film page follows on the film's topic: the panel, the question board, the banner above the
     * discussion and the ratings each follow the film; the panel, the board and the timeline also follow the
     * member's progress through it.
     */
    private static final int FILM_PAGE_SUBSCRIPTIONS = 7;

    @Test
    void a_message_posted_by_another_member_appears_in_an_open_panel() {
        openFilmAs(ben);
        assertThat(Rows.count()).isZero();

        postAs(host, "Did anyone else find the *ending* hopeful?", null, ben);

        assertThat(shown()).singleElement().satisfies(row -> assertThat(row)
                .contains("Ana Ruiz", "just now", "<em>ending</em>"));
    }

    @Test
    void the_panel_opens_at_the_latest_fifty_threads_and_scrolling_to_the_top_loads_the_earlier_ones() {
        var start = clock.stop();
        loginAs(host);
        for (var i = 1; i <= 60; i++) {
            clock.stopAt(start.plusSeconds(3L * i)); // a person's pace, under the flood limit
            discussion.post(
                    slug, filmId, "Thought " + i, null, UUID.randomUUID().toString());
        }
        openFilmAs(ben);
        assertThat(Rows.count()).isEqualTo(DiscussionLimits.PAGE);
        assertThat(Rows.html(0)).contains("<p>Thought 11</p>");
        assertThat(Rows.html(Rows.count() - 1)).contains("<p>Thought 60</p>");
        _get(Button.class, spec -> spec.withText("Show earlier messages"));

        var nearTheTop = elemental.json.Json.createObject();
        // What the browser reports once the scrolling stops near the top of the list.
        nearTheTop.put(org.filmclub.discussion.ui.MessageList.NEAR_THE_TOP, true);
        nearTheTop.put("for", "trailing");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(Rows.list(), "scroll", nearTheTop);

        assertThat(Rows.count()).isEqualTo(60);
        assertThat(Rows.html(0)).contains("<p>Thought 1</p>");
        assertThat(Rows.html(10)).contains("<p>Thought 11</p>");
        _assertNone(Button.class, spec -> spec.withText("Show earlier messages"));
    }

    @Test
    void a_thread_with_hundreds_of_replies_opens_with_its_first_ones_and_loads_more_on_request() {
        var start = clock.stop();
        var thread = postAs(host, "What did you make of the ending?", null, host);
        var replies = DiscussionLimits.REPLIES_PAGE * 2 + 5;
        for (var i = 1; i <= replies; i++) {
            // Spread out as a person writes, under the flood limit.
            clock.stopAt(start.plusSeconds(3L * i));
            loginAs(i % 2 == 0 ? ben : cleo);
            discussion.post(
                    slug,
                    filmId,
                    "Reply number " + i,
                    thread.id(),
                    UUID.randomUUID().toString());
        }

        loginAs(ben);
        var opened = discussion.open(slug, filmId);
        assertThat(opened.messages()).hasSize(1 + DiscussionLimits.REPLIES_PAGE);
        assertThat(opened.moreReplies()).containsExactly(thread.id());

        openFilmAs(ben);
        assertThat(Rows.count()).isEqualTo(1 + DiscussionLimits.REPLIES_PAGE);
        assertThat(Rows.text(DiscussionLimits.REPLIES_PAGE)).contains("Reply number " + DiscussionLimits.REPLIES_PAGE);
        assertThat(Rows.text(0)).contains("Show more replies");

        Rows.press(0, "more");
        assertThat(Rows.count()).isEqualTo(1 + DiscussionLimits.REPLIES_PAGE * 2);
        Rows.press(0, "more");
        assertThat(Rows.count()).isEqualTo(1 + replies);
        assertThat(Rows.texts().subList(1, 1 + replies))
                .allSatisfy(row -> assertThat(row).contains("Reply number"));
        assertThat(Rows.text(replies)).contains("Reply number " + replies);
        assertThat(Rows.text(0)).doesNotContain("Show more replies");
    }

    @Test
    void times_move_on_while_the_panel_stays_open_and_only_changed_times_are_sent() {
        var start = clock.stop();
        postAs(host, "Theodore's letters", null, host);
        clock.stopAt(start.plusSeconds(30));
        postAs(cleo, "Catherine's signature", null, cleo);
        openFilmAs(ben);
        assertThat(Rows.text(0)).contains("just now");
        var bodies = List.of(
                Rows.html(0).replaceAll("<span class=\"message-time\".*?</span>", ""),
                Rows.html(1).replaceAll("<span class=\"message-time\".*?</span>", ""));

        clock.stopAt(start.plusSeconds(5 * 60 + 3));
        ticker.tick();
        pushesArrive();
        assertThat(Rows.text(0)).contains("5 min ago");
        assertThat(Rows.text(1)).contains("4 min ago");

        // Three hours on, each row reads its hours; nothing else in the rows changed.
        clock.stopAt(start.plus(java.time.Duration.ofHours(3)).plusSeconds(40));
        ticker.tick();
        pushesArrive();
        assertThat(Rows.text(0)).contains("3 h ago");
        assertThat(Rows.text(1)).contains("3 h ago");
        assertThat(List.of(
                        Rows.html(0).replaceAll("<span class=\"message-time\".*?</span>", ""),
                        Rows.html(1).replaceAll("<span class=\"message-time\".*?</span>", "")))
                .isEqualTo(bodies);
    }

    @Test
    void a_click_crafted_for_a_message_not_in_the_list_does_nothing() {
        loginAs(ben);
        var otherFilm = films.add(slug, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", ""))
                .id();
        var elsewhere = discussion.post(
                slug, otherFilm, "On another film", null, UUID.randomUUID().toString());
        openFilmAs(ben);
        send("Mine");
        var click = elemental.json.Json.createObject();
        click.put(org.filmclub.discussion.ui.MessageList.ON_BUTTON, true);
        click.put(org.filmclub.discussion.ui.MessageList.ACTION, "delete");
        click.put(org.filmclub.discussion.ui.MessageList.MESSAGE, String.valueOf(elsewhere.id()));
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(Rows.list(), "click", click);
        click.put(org.filmclub.discussion.ui.MessageList.MESSAGE, "1 or 1=1");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(Rows.list(), "click", click);
        _assertNone(ConfirmDialog.class);
        assertThat(discussion.since(slug, otherFilm, 0))
                .extracting(ChatMessage::status)
                .containsExactly(ChatMessage.Status.VISIBLE);
        assertThat(Rows.texts()).singleElement().asString().contains("Mine");
    }

    @Test
    void member_posts_from_the_composer_and_the_box_empties() {
        openFilmAs(ben);
        send("First!\nSecond line");
        assertThat(shown()).singleElement().satisfies(row -> assertThat(row)
                .contains("Ben Okafor", "First!<br>", "Second line"));
        assertThat(composer().getValue()).isEmpty();
        assertThat(discussion.open(slug, filmId).messages()).hasSize(1);
    }

    @Test
    void a_reply_sits_under_its_message_and_a_reply_to_a_reply_joins_the_thread() {
        var first = postAs(host, "Why does she leave?", null, host);
        postAs(host, "Unrelated: snacks?", null, host);
        openFilmAs(ben);
        Rows.press(0, "reply");
        assertThat(Screen.text()).contains("Replying to Ana Ruiz");
        send("Because she grows.");
        postAs(cleo, "Or because he doesn't.", Rows.item(1).id(), ben);

        var rows = shown();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).contains("Why does she leave?");
        assertThat(rows.get(1)).contains("Because she grows.", "↑ Ana Ruiz");
        assertThat(rows.get(2)).contains("Or because he doesn't.");
        assertThat(rows.get(3)).contains("snacks?");
        assertThat(Rows.item(2).replyTo()).isEqualTo(first.id());
    }

    @Test
    void author_edits_and_deletes_and_every_panel_shows_it() {
        openFilmAs(ben);
        send("Samantha is a persn");
        Rows.press(0, "edit");
        assertThat(composer().getValue()).isEqualTo("Samantha is a persn");
        send("Samantha is a person");
        assertThat(shown().get(0)).contains("Samantha is a person", "edited");

        Rows.press(0, "delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(shown().get(0)).contains("Message deleted by its author").doesNotContain("person");
    }

    @Test
    void members_who_see_a_message_alike_are_sent_one_shared_row_and_its_author_and_hosts_their_own() {
        clock.stopAt(clock.instant());
        postAs(host, "Is Samantha *growing*, or leaving?", null, ben);
        postAs(ben, "Leaving, and growing by it.", null, ben);
        openFilmAs(ben);
        var bensRows = List.of(Rows.html(0), Rows.html(1));
        openFilmAs(cleo);
        // Written once for both members: the same string, not merely equal text.
        assertThat(Rows.html(0)).isSameAs(bensRows.get(0)).doesNotContain("Edit your message");
        assertThat(Rows.html(1)).isNotEqualTo(bensRows.get(1)).doesNotContain("Edit your message", "More actions");
        assertThat(bensRows.get(1)).contains("Edit your message");
        openFilmAs(host);
        assertThat(Rows.html(0)).contains("Edit your message");
        assertThat(Rows.html(1)).contains("More actions").doesNotContain("Edit your message");
    }

    @Test
    void a_host_hides_a_message_and_only_its_author_and_hosts_still_read_it() {
        var posted = postAs(ben, "Something rude", null, ben);
        openFilmAs(cleo);
        assertThat(Rows.html(0)).doesNotContain("More actions");
        openFilmAs(host);
        // The host's own action (Reply) stays inline; hiding waits in the "⋯" menu.
        assertThat(Rows.text(0)).contains("Reply").doesNotContain("Hide");
        Rows.fromMoreActions(0, "Hide…");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(shown().get(0)).contains("Hidden by a host", "Something rude");
        assertThat(Rows.html(0)).doesNotContain("More actions");

        openFilmAs(cleo);
        assertThat(shown().get(0)).contains("Hidden by a host").doesNotContain("rude");
        openFilmAs(ben);
        assertThat(shown().get(0)).contains("Hidden by a host; only you and the hosts see it", "Something rude");
        assertThat(Rows.text(0)).doesNotContain("Edit", "Reply");
        assertThat(posted.status()).isEqualTo(ChatMessage.Status.VISIBLE);
    }

    @Test
    void a_crowd_leaving_together_is_announced_a_few_times_not_once_per_member() throws Exception {
        var crowd = new ArrayList<MemberProfile>();
        for (var i = 0; i < 40; i++) {
            crowd.add(newMember("Crowd Member " + i));
        }
        var crowdSlug = newClub(host, crowd.toArray(MemberProfile[]::new));
        loginAs(host);
        var film = films.add(crowdSlug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", ""))
                .id();
        var announced = new java.util.concurrent.CopyOnWriteArrayList<List<String>>();
        var emptyRoom = new java.util.concurrent.CountDownLatch(1);
        var unsubscribe = bus.subscribe(ChatMessage.topic(film), event -> {
            if (event instanceof PresenceChanged presence) {
                announced.add(presence.here().stream()
                        .map(PresenceChanged.Present::displayName)
                        .toList());
                if (presence.here().isEmpty()) {
                    emptyRoom.countDown();
                }
            }
        });
        try {
            var started = System.nanoTime();
            for (var member : crowd) {
                loginAs(member);
                discussion.arrive(crowdSlug, film);
            }
            crowd.forEach(member -> discussion.depart(film, member.id()));
            var tookMs = (System.nanoTime() - started) / 1_000_000;
            // The last changes go out together at the next interval, however late a busy machine runs it.
            assertThat(emptyRoom.await(60, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the room announced empty, last: %s", announced)
                    .isTrue();
            bus.awaitDelivered();
            // 80 changes: the first announced at once, the rest gathered, at most one at once and one gathered
            // per interval however slow the machine was.
            assertThat(announced).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThanOrEqualTo((int)
                    Math.min(40, 2 + 2 * (tookMs / Presence.ANNOUNCE_EVERY_MS + 1)));
            assertThat(announced.get(0)).containsExactly("Crowd Member 0");
            assertThat(announced.get(announced.size() - 1)).isEmpty();
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_display_name_written_as_markup_shows_as_text_and_runs_nothing() {
        var name = "<img src=x onerror=alert(1)>\"Eve";
        var eve = memberService.signUp(new org.filmclub.member.SignUp(
                "eve" + UUID.randomUUID().toString().substring(0, 8),
                name,
                "a long enough password",
                "UTC",
                "eve" + UUID.randomUUID().toString().substring(0, 8) + "@example.org"));
        var evilSlug = newClub(eve, ben);
        loginAs(eve);
        var film = films.add(evilSlug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", ""))
                .id();
        var first =
                discussion.post(evilSlug, film, "Hello", null, UUID.randomUUID().toString());
        discussion.post(
                evilSlug, film, "And again", first.id(), UUID.randomUUID().toString());
        loginAs(ben);
        UI.getCurrent().navigate("clubs/" + evilSlug + "/films/" + film);

        for (var i = 0; i < Rows.count(); i++) {
            var row = org.jsoup.Jsoup.parseBodyFragment(Rows.html(i)).body();
            assertThat(row.select("img, script")).isEmpty();
            assertThat(row.getAllElements())
                    .allSatisfy(element -> assertThat(element.attributes().asList())
                            .noneMatch(attribute -> attribute.getKey().startsWith("on")));
            assertThat(row.selectFirst(".message-author").text()).isEqualTo(name);
        }
        var jump = org.jsoup.Jsoup.parseBodyFragment(Rows.html(1)).selectFirst("[data-action=jump]");
        assertThat(jump.attr("aria-label")).isEqualTo("In reply to " + name + ": show that message");
    }

    @Test
    void a_spoiler_is_sent_blurred() {
        openFilmAs(ben);
        send("The OS ||leaves him|| in the end");
        assertThat(Rows.html(0)).contains("<span class=\"spoiler\"", "leaves him</span>");
    }

    @Test
    void who_is_here_appears_and_disappears() {
        openFilmAs(ben);
        pushesArrive();
        assertThat(_get(AvatarGroup.class, spec -> spec.withClasses("presence")).getItems())
                .extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactly("Ben Okafor");
        loginAs(host);
        assertThat(discussion.here(slug, filmId))
                .extracting(PresenceChanged.Present::displayName)
                .containsExactly("Ben Okafor");

        UI.getCurrent().navigate("clubs/" + slug);
        assertThat(discussion.here(slug, filmId)).isEmpty();
    }

    @Test
    void the_bus_holds_no_subscription_once_the_panel_is_gone() {
        var topic = ChatMessage.topic(filmId);
        openFilmAs(ben);
        assertThat(bus.subscribers(topic)).isEqualTo(FILM_PAGE_SUBSCRIPTIONS);
        UI.getCurrent().navigate("clubs/" + slug);
        assertThat(bus.subscribers(topic)).isZero();
        openFilmAs(ben);
        MockVaadin.tearDown();
        assertThat(bus.subscribers(topic)).isZero();
        // A fresh mocked browser for the shared tear-down, signed out as a new browser would be.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        setUpVaadin();
    }

    @Test
    void posting_faster_than_a_person_is_slowed_and_keeps_the_text() {
        clock.stop();
        openFilmAs(ben);
        for (var i = 1; i <= DiscussionLimits.FLOOD_COUNT; i++) {
            send("message " + i);
        }
        send("one too many");
        HasValidationUtilsKt._expectInvalid(
                composer(), "Slow down a little: at most 5 messages in 10 seconds. Your message is still in the box.");
        assertThat(composer().getValue()).isEqualTo("one too many");
        clock.stopAt(clock.instant().plusSeconds(11));
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(Rows.count()).isEqualTo(6);
    }

    @Test
    void an_empty_or_over_long_message_is_refused_and_kept() {
        openFilmAs(ben);
        send("   ");
        HasValidationUtilsKt._expectInvalid(composer(), "Write something first.");
        var tooLong = "x".repeat(DiscussionLimits.MESSAGE_MAX + 1);
        send(tooLong);
        HasValidationUtilsKt._expectInvalid(
                composer(), "A message can be at most 4,000 characters; this one has 4,001. It is still in the box.");
        assertThat(composer().getValue()).isEqualTo(tooLong);
        assertThat(Rows.count()).isZero();
    }

    @Test
    void the_same_message_sent_twice_is_stored_once() {
        loginAs(ben);
        var key = UUID.randomUUID().toString();
        var first = discussion.post(slug, filmId, "double click", null, key);
        var again = discussion.post(slug, filmId, "double click", null, key);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(discussion.open(slug, filmId).messages()).hasSize(1);
    }

    @Test
    void a_reply_to_a_message_deleted_meanwhile_is_refused_and_kept() {
        var doomed = postAs(host, "I may take this back", null, host);
        openFilmAs(ben);
        Rows.press(0, "reply");
        loginAs(host);
        discussion.delete(slug, doomed.id());
        loginAs(ben);
        send("But I agree!");
        HasValidationUtilsKt._expectInvalid(composer(), DiscussionService.PARENT_GONE);
        assertThat(composer().getValue()).isEqualTo("But I agree!");
    }

    @Test
    void a_member_removed_from_the_club_cannot_post_and_is_told_why() {
        openFilmAs(ben);
        var box = composer();
        var sendButton = _get(Button.class, spec -> spec.withText("Send"));
        loginAs(host);
        clubService.remove(slug, ben.id());
        loginAs(ben);
        // Sent before the news of the removal reaches this screen (a moment later it closes the page).
        box.setValue("Am I still here?");
        sendButton.click();
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).startsWith("Not sent: There is no such club");
        assertThat(box.getValue()).isEqualTo("Am I still here?");
    }

    @Test
    void the_room_is_told_who_is_typing_but_not_when_the_message_goes_with_the_last_keystrokes() {
        var told = new java.util.concurrent.CopyOnWriteArrayList<MemberTyping>();
        var stop = bus.subscribe(ChatMessage.topic(filmId), event -> {
            if (event instanceof MemberTyping typing) {
                told.add(typing);
            }
        });
        try {
            var now = clock.stop();
            openFilmAs(ben);
            _setValue(composer(), "I think the ending");
            MockVaadin.clientRoundtrip();
            bus.awaitDelivered();
            assertThat(told).extracting(MemberTyping::memberId).containsExactly(ben.id());

            // Long enough after that the room would be told again; the last keystrokes come with Send, in one
            // request, as the browser sends a field's pending value with the click.
            clock.stopAt(now.plus(Presence.TYPING_EVERY));
            var field = composer();
            var sendButton = _get(Button.class, spec -> spec.withText("Send"));
            var before = field.getValue();
            field.setValue("I think the ending is hopeful");
            ComponentUtil.fireEvent(field, new AbstractField.ComponentValueChangeEvent<>(field, field, before, true));
            sendButton.click();
            MockVaadin.clientRoundtrip();
            bus.awaitDelivered();
            assertThat(told).hasSize(1);
            assertThat(shown()).anyMatch(row -> row.contains("I think the ending is hopeful"));

            clock.stopAt(now.plus(Presence.TYPING_EVERY.multipliedBy(2)));
            _setValue(composer(), "And the letters");
            MockVaadin.clientRoundtrip();
            bus.awaitDelivered();
            assertThat(told).hasSize(2);
        } finally {
            stop.run();
            clock.resume();
        }
    }

    @Test
    void typing_a_mention_suggests_members_and_picks_one() {
        openFilmAs(ben);
        _setValue(composer(), "what do you think @cl");
        _click(_get(Button.class, spec -> spec.withText("@" + cleo.username() + " · Cleo Park")));
        assertThat(composer().getValue()).isEqualTo("what do you think @" + cleo.username() + " ");
        send(composer().getValue() + "and @nobody-here?");
        assertThat(Rows.html(0))
                .contains("<span class=\"mention\">@" + cleo.username() + "</span>")
                .contains("@nobody-here?")
                .doesNotContain("mention\">@nobody");
    }

    @Test
    void naming_someone_from_another_club_mentions_no_one_and_rings_no_bell() {
        var stranger = newMember("Sol Stranger");
        newClub(stranger);
        openFilmAs(ben);
        send("@" + stranger.username() + " would love this, and so would @" + cleo.username());
        assertThat(Rows.html(0))
                .contains("<span class=\"mention\">@" + cleo.username() + "</span>")
                .contains("@" + stranger.username())
                .doesNotContain("mention\">@" + stranger.username());

        loginAs(stranger);
        assertThat(notifications.recent(10)).isEmpty();
        loginAs(cleo);
        assertThat(notifications.recent(10))
                .extracting(n -> n.text())
                .containsExactly("Ben Okafor mentioned you on Her");
    }

    @Test
    void a_mention_from_the_panel_reaches_the_bell_of_the_member_named_and_links_to_the_message() {
        openFilmAs(cleo);
        _assertNone(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("bell-count"));

        var posted = postAs(ben, "@" + cleo.username() + " what did you make of the ending?", null, cleo);

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("bell-count"))
                        .getText())
                .isEqualTo("1");
        _get(com.vaadin.flow.component.popover.Popover.class).open();
        var link = _get(
                com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Ben Okafor mentioned you on Her"));
        assertThat(link.getHref()).isEqualTo("clubs/" + slug + "/films/" + filmId + "?message=" + posted.id());
    }

    @Test
    void a_member_removed_while_on_the_film_page_is_sent_away_and_hears_nothing_more() {
        var topic = ChatMessage.topic(filmId);
        openFilmAs(ben);
        assertThat(bus.subscribers(topic)).isEqualTo(FILM_PAGE_SUBSCRIPTIONS);

        loginAs(host);
        clubService.remove(slug, ben.id());
        loginAs(ben);
        pushesArrive();

        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(org.filmclub.club.ui.ClubsView.class);
        assertThat(Screen.notifications()).anyMatch(n -> n.startsWith("You are no longer a member of"));
        assertThat(bus.subscribers(topic)).isZero();
    }

    @Test
    void a_member_removed_after_the_host_changed_the_club_address_is_sent_away_and_hears_nothing_more() {
        var topic = ChatMessage.topic(filmId);
        openFilmAs(ben);
        assertThat(bus.subscribers(topic)).isEqualTo(FILM_PAGE_SUBSCRIPTIONS);

        loginAs(host);
        var moved = unique("moved");
        clubService.edit(slug, new org.filmclub.club.ClubDetails("Moved Club", "", moved));
        clubService.remove(moved, ben.id());
        loginAs(ben);
        pushesArrive();

        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(org.filmclub.club.ui.ClubsView.class);
        assertThat(Screen.notifications()).anyMatch(n -> n.startsWith("You are no longer a member of Moved Club"));
        assertThat(bus.subscribers(topic)).isZero();

        loginAs(host);
        discussion.post(
                moved,
                filmId,
                "Now that Ben is gone: the plan",
                null,
                UUID.randomUUID().toString());
        discussion.arrive(moved, filmId);
        loginAs(ben);
        pushesArrive();
        _assertNone(MessageList.class);
        assertThat(Screen.text()).doesNotContain("the plan").doesNotContain("Ana Ruiz");
    }

    @Test
    void what_is_typed_in_the_discussion_survives_the_host_changing_the_film_on_the_same_page() {
        openFilmAs(host);
        _setValue(composer(), "Half a thought");
        _click(_get(Button.class, spec -> spec.withText("Edit film")));
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Director")),
                "Spike Jonze (and Samantha)");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(Screen.text()).contains("directed by Spike Jonze (and Samantha)");
        assertThat(composer().getValue()).isEqualTo("Half a thought");
    }
}
