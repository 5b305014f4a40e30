package org.filmclub.rating;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members rate a film on its page and see what the club made of it, live. */
class RatingJourneyTest extends ClubWithAFilmTest {

    @Autowired
    RatingService ratings;

    @Autowired
    RatingUpdates updates;

    private void openFilmAs(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }

    private void rateAs(MemberProfile member, int halves) {
        loginAs(member);
        ratings.rate(slug, filmId, RatingInput.ofHalves(halves, "", null));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> stars() {
        return _get(Select.class, spec -> spec.withLabel("Your rating"));
    }

    private static TextArea take() {
        return _get(TextArea.class, spec -> spec.withLabel("Your take (optional)"));
    }

    private static DatePicker watchedOn() {
        return _get(DatePicker.class, spec -> spec.withLabel("Watched on"));
    }

    private static void clickRate() {
        _click(_get(Button.class, spec -> spec.withClasses("rate-button")));
    }

    private static String panel() {
        return Screen.textOf(_get(Section.class, spec -> spec.withClasses("ratings")));
    }

    /** The takes shown, as their sanitised HTML. */
    private static java.util.List<String> takes() {
        return _find(com.vaadin.flow.component.Html.class).stream()
                .map(com.vaadin.flow.component.Html::getInnerHtml)
                .toList();
    }

    /** What another member's open page receives: the coalesced redraw, pushed to this UI. */
    private void redrawnLive() {
        updates.redraw();
        pushesArrive();
    }

    @Test
    void member_rates_with_a_take_and_sees_the_clubs_verdict() {
        openFilmAs(ben);
        assertThat(panel()).contains("You have not rated this film yet.");
        _setValue(stars(), 7);
        _setValue(take(), "Tender and **strange**.");
        clickRate();
        assertThat(Screen.notifications()).contains("Rated 3½ stars.");
        assertThat(panel())
                .contains("Your rating: 3½ stars.", "Club average: 3.5 stars from 1 member.")
                .contains("Ben Okafor · 3½ stars");
        assertThat(takes()).singleElement().asString().contains("Tender and <strong>strange</strong>.");
        assertThat(stars().getItemLabelGenerator().apply(7)).isEqualTo("3½ stars");
        assertThat(_get(Button.class, spec -> spec.withText("Rate again"))).isNotNull();
    }

    @Test
    void bad_input_is_refused_beside_its_field_and_keeps_what_was_typed() {
        openFilmAs(ben);
        _setValue(take(), "Kept while I choose.");
        clickRate();
        assertThat(stars().isInvalid()).isTrue();
        assertThat(stars().getErrorMessage()).isEqualTo("Choose how many stars.");
        assertThat(take().getValue()).isEqualTo("Kept while I choose.");

        _setValue(stars(), 8);
        var long501 = "y".repeat(501);
        take().setValue(long501);
        clickRate();
        assertThat(take().getErrorMessage()).isEqualTo("A take can be at most 500 characters; this one has 501.");
        assertThat(take().getValue()).isEqualTo(long501);

        take().setValue("Fine.");
        var tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Lisbon"))).plusDays(1);
        watchedOn().setValue(tomorrow);
        clickRate();
        assertThat(watchedOn().getErrorMessage()).isEqualTo("That day has not come yet where you are.");
        assertThat(watchedOn().getValue()).isEqualTo(tomorrow);
        assertThat(stars().getValue()).isEqualTo(8);
        assertThat(ratings.myHistory(slug, filmId)).isEmpty();
    }

    @Test
    void rating_again_shows_the_shift_and_the_discussion_moved_line() {
        rateAs(host, 6);
        rateAs(cleo, 8);
        rateAs(cleo, 4);
        openFilmAs(ben);
        _setValue(stars(), 7);
        clickRate();
        _setValue(stars(), 9);
        clickRate();
        assertThat(panel())
                .contains("Your rating: 3½ → 4½ stars (first, then latest).")
                .contains("The discussion moved 2 members: 1 up, 1 down")
                .contains("Cleo Park: 4 → 2 (−2)", "Ben Okafor: 3½ → 4½ (+1)")
                .contains("Club average: 3.2 stars from 3 members.");
        assertThat(Screen.textOf(_get(com.vaadin.flow.component.html.NativeTable.class, spec -> {})))
                .contains("Members at each rating, before and after the discussion");
        var chart = _get(com.vaadin.flow.component.Svg.class, spec -> spec.withClasses("svg-chart"));
        assertThat(chart.getElement().getAttribute("aria-label"))
                .contains(
                        "Before the discussion: 3 stars 1, 3½ stars 1, 4 stars 1. After: 2 stars 1, 3 stars 1, 4½ stars 1.");
    }

    @Test
    void the_clubs_ratings_stay_hidden_until_the_member_rated_and_a_host_can_show_them() {
        loginAs(ben);
        ratings.rate(slug, filmId, RatingInput.ofHalves(8, "Loved the *letters*.", null));
        openFilmAs(cleo);
        assertThat(panel())
                .contains("Rate the film to see how the club rated it")
                .doesNotContain("Club average");
        assertThat(takes()).isEmpty();
        assertThat(_find(Checkbox.class)).isEmpty();
        _setValue(stars(), 4);
        clickRate();
        assertThat(panel()).contains("Club average: 3.0 stars from 2 members.");
        assertThat(takes()).singleElement().asString().contains("<em>letters</em>");

        openFilmAs(host);
        assertThat(panel()).contains("Rate the film to see how the club rated it");
        _setValue(
                _get(
                        Checkbox.class,
                        spec -> spec.withLabel("Keep the club's ratings hidden from a member until they rate")),
                false);
        assertThat(panel()).contains("Club average: 3.0 stars from 2 members.");
        assertThat(takes()).singleElement().asString().contains("<em>letters</em>");
    }

    @Test
    void a_rating_by_another_member_reaches_an_open_page_live() {
        rateAs(cleo, 6);
        openFilmAs(cleo);
        assertThat(panel()).contains("Club average: 3.0 stars from 1 member.");
        rateAs(ben, 10);
        rateAs(host, 8);
        redrawnLive();
        assertThat(panel()).contains("Club average: 4.0 stars from 3 members.");
        rateAs(ben, 2);
        redrawnLive();
        assertThat(panel()).contains("The discussion moved 1 member: 0 up, 1 down", "Ben Okafor: 5 → 1 (−4)");
    }

    @Test
    void a_film_removed_while_the_member_rates_says_so_and_writes_nothing() {
        openFilmAs(ben);
        _setValue(stars(), 6);
        loginAs(host);
        context.getBean(org.filmclub.film.FilmService.class).remove(slug, filmId);
        loginAs(ben);
        clickRate();
        assertThat(Screen.notifications()).anyMatch(n -> n.contains("It may have been removed"));
    }

    @Test
    void a_member_of_another_club_sees_no_film_page_and_no_ratings() {
        rateAs(ben, 8);
        var outsider = newMember("Olga Outside");
        var theirClub = newClub(outsider);
        loginAs(outsider);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(org.filmclub.base.ui.NotFoundView.class);
        UI.getCurrent().navigate("clubs/" + theirClub + "/films/" + filmId);
        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(org.filmclub.base.ui.NotFoundView.class);
        assertThat(_find(Section.class, spec -> spec.withClasses("ratings"))).isEmpty();
    }
}
