package org.filmclub.screening;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.AppPaths;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.discussion.ui.MessageList;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.film.ui.EssayEditorView;
import org.filmclub.film.ui.FilmView;
import org.filmclub.member.MemberProfile;
import org.filmclub.screening.ui.ScreeningView;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of two clubs goes, in one tab, from a page of one club to the same kind of page of the other: Vaadin
 * keeps the page and hands it the new address. From then on the page hears the new club, film or screening, and
 * no longer the one it was opened on.
 */
class SameRouteNavigationTest extends AbstractAppTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final Instant NOW = Instant.parse("2026-10-24T12:00:00Z");
    static final LocalDateTime EVENING = LocalDateTime.of(2026, 10, 25, 20, 0);
    static final Instant STARTED = Instant.parse("2026-10-25T20:00:00Z");

    @Autowired
    FilmService films;

    @Autowired
    ScreeningService screenings;

    @Autowired
    DiscussionService discussion;

    @Autowired
    EssayService essays;

    private MemberProfile ana;
    private MemberProfile cleo;
    private MemberProfile ben;
    private String first;
    private String second;
    private long her;
    private long arrival;

    @BeforeEach
    void aMemberOfTwoClubs() {
        clock.stopAt(NOW);
        ana = newMember("Ana Ruiz");
        cleo = newMember("Cleo Park");
        ben = newMember("Ben Okafor");
        first = newClub(ana, ben);
        second = newClub(cleo, ben);
        loginAs(ana);
        her = films.add(first, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        loginAs(cleo);
        arrival = films.add(second, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", ""))
                .id();
    }

    private void post(MemberProfile as, String slug, long filmId, String text) {
        loginAs(as);
        discussion.post(slug, filmId, text, null, UUID.randomUUID().toString());
        loginAs(ben);
        pushesArrive();
    }

    private long schedule(MemberProfile host, String slug, long filmId) {
        loginAs(host);
        return screenings.schedule(slug, new ScreeningInput(filmId, EVENING, LISBON, 150, "Upstairs", "", null, ""));
    }

    @Test
    void the_film_page_opened_on_one_film_hears_the_discussion_of_the_film_it_now_shows() {
        loginAs(ben);
        UI.getCurrent().navigate(AppPaths.film(first, her));
        var page = _get(FilmView.class);
        UI.getCurrent().navigate(AppPaths.film(second, arrival));
        assertThat(_get(FilmView.class)).isSameAs(page);
        assertThat(Screen.textOf(page)).contains("Arrival").doesNotContain("Spike Jonze");

        post(cleo, second, arrival, "The heptapods write in circles");
        assertThat(messages()).containsExactly("The heptapods write in circles");

        post(ana, first, her, "Theodore writes letters for others");
        assertThat(messages()).containsExactly("The heptapods write in circles");

        post(cleo, second, arrival, "Louise remembers forward");
        assertThat(messages()).containsExactly("The heptapods write in circles", "Louise remembers forward");
    }

    @Test
    void the_screening_page_opened_in_one_club_hears_the_screening_of_the_other_club_start_and_end() {
        var inFirst = schedule(ana, first, her);
        var inSecond = schedule(cleo, second, arrival);
        loginAs(ben);
        UI.getCurrent().navigate(AppPaths.screening(first, inFirst));
        var page = _get(ScreeningView.class);
        UI.getCurrent().navigate(AppPaths.screening(second, inSecond));
        assertThat(_get(ScreeningView.class)).isSameAs(page);
        assertThat(shown()).contains("Arrival").doesNotContain("Live now");

        clock.stopAt(STARTED);
        loginAs(ana);
        screenings.start(first, inFirst);
        loginAs(ben);
        pushesArrive();
        assertThat(shown()).contains("Arrival").doesNotContain("Live now", "In the room");

        loginAs(cleo);
        screenings.start(second, inSecond);
        loginAs(ben);
        pushesArrive();
        assertThat(shown()).contains("Arrival", "Live now", "In the room");

        loginAs(ana);
        screenings.end(first, inFirst);
        loginAs(ben);
        pushesArrive();
        assertThat(shown()).contains("Live now", "In the room").doesNotContain("How it went");

        loginAs(cleo);
        screenings.end(second, inSecond);
        loginAs(ben);
        pushesArrive();
        assertThat(shown())
                .contains("Ended", "How it went", "In the room: Cleo Park, Ben Okafor.")
                .doesNotContain("Live now");
    }

    @Test
    void the_screening_page_keeps_hearing_its_club_after_going_to_another_screening_of_it() {
        var one = schedule(ana, first, her);
        loginAs(ana);
        var two = screenings.schedule(
                first, new ScreeningInput(her, EVENING.plusDays(7), LISBON, 150, "Downstairs", "", null, ""));
        loginAs(ben);
        UI.getCurrent().navigate(AppPaths.screening(first, one));
        UI.getCurrent().navigate(AppPaths.screening(first, two));
        assertThat(shown()).contains("Downstairs").doesNotContain("Upstairs");

        clock.stopAt(STARTED);
        loginAs(ana);
        screenings.start(first, one);
        loginAs(ben);
        pushesArrive();
        assertThat(shown()).doesNotContain("Live now");

        clock.stopAt(STARTED.plus(java.time.Duration.ofDays(7)));
        loginAs(ana);
        screenings.start(first, two);
        loginAs(ben);
        pushesArrive();
        assertThat(shown()).contains("Downstairs", "Live now", "In the room");
    }

    @Test
    void the_essay_editor_opened_on_one_essay_answers_each_action_once_on_the_next() {
        loginAs(ben);
        var onHer = essays.start(first, her);
        var onArrival = essays.start(second, arrival);
        UI.getCurrent().navigate(EssayEditorView.class, editor(first, her, onHer));
        var page = _get(EssayEditorView.class);
        var body = _get(TextArea.class, spec -> spec.withLabel("Essay in Markdown"));
        var publish = _get(Button.class, spec -> spec.withText("Publish"));
        var typing = ComponentUtil.getListeners(body, ComponentValueChangeEvent.class)
                .size();
        var clicks = ComponentUtil.getListeners(publish, ClickEvent.class).size();
        UI.getCurrent().navigate(EssayEditorView.class, editor(second, arrival, onArrival));
        assertThat(_get(EssayEditorView.class)).isSameAs(page);

        assertThat(ComponentUtil.getListeners(body, ComponentValueChangeEvent.class))
                .hasSize(typing);
        assertThat(ComponentUtil.getListeners(publish, ClickEvent.class)).hasSize(clicks);

        _setValue(body, "Language shapes time.");
        _click(publish);
        NavigatorKt.expectView(FilmView.class);
        assertThat(Screen.notifications()).containsOnlyOnce("Published. The club can read it now.");
        assertThat(essays.revisions(second, onArrival)).hasSize(1);
        assertThat(films.page(second, arrival).essays()).singleElement().satisfies(essay -> assertThat(essay.html())
                .contains("Language shapes time."));
    }

    /** What the screening page shows, without the app's header and navigation. */
    private static String shown() {
        return Screen.textOf(_get(ScreeningView.class));
    }

    /** The discussion's messages, each row read as a browser would. */
    private static java.util.List<String> messages() {
        var list = _get(MessageList.class);
        var texts = new java.util.ArrayList<String>();
        for (var i = 0; i < list.size(); i++) {
            texts.add(Jsoup.parseBodyFragment(list.html(i))
                    .select(".message-main > div:nth-child(2)")
                    .text());
        }
        return texts;
    }

    private static com.vaadin.flow.router.RouteParameters editor(String slug, long filmId, long essayId) {
        return new com.vaadin.flow.router.RouteParameters(
                java.util.Map.of("slug", slug, "filmId", Long.toString(filmId), "essayId", Long.toString(essayId)));
    }
}
