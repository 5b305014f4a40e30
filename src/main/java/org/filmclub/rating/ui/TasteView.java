package org.filmclub.rating.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubService;
import org.filmclub.rating.ClubTaste;
import org.filmclub.rating.LetterboxdService;
import org.filmclub.rating.TasteService;

/** A club's taste: its verdict on each film, where it splits, what its evenings changed, who agrees, and diaries. */
@Route("clubs/:slug/taste")
@PermitAll
public class TasteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterboxdService letterboxd;
    private final ClubPage<ClubTaste> page;
    private final ClubService clubs;
    private String slug;
    private String clubName = "";

    TasteView(TasteService taste, LetterboxdService letterboxd, ClubService clubs) {
        this.letterboxd = letterboxd;
        this.clubs = clubs;
        addClassName("page");
        page = new ClubPage<>(this, () -> taste.taste(slug), this::render, gone -> getUI().ifPresent(
                        ui -> ui.navigate(AppPaths.clubs())));
    }

    /** The page's address for a club. */
    public static String path(String slug) {
        return AppPaths.club(slug) + "/taste";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page.enter(event, params -> {
            slug = params.get("slug").orElseThrow();
            clubName = clubs.name(slug);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("The club's taste", clubName);
    }

    private void render(ClubTaste taste) {
        removeAll();
        add(new Anchor(AppPaths.club(slug), "← The club"), new H1("The club's taste"));
        if (taste.withheldFilms() > 0) {
            var note = new Paragraph(
                    taste.withheldFilms() == 1
                            ? "1 film is left out until you rate it: the club keeps its ratings hidden until you have given "
                                    + "yours."
                            : taste.withheldFilms()
                                    + " films are left out until you rate them: the club keeps its ratings "
                                    + "hidden until you have given yours.");
            note.addClassName("taste-withheld");
            add(note);
        }
        add(
                card(TasteTables.averages(taste)),
                card(TasteTables.divisive(taste)),
                card(TasteTables.moved(taste)),
                card(TasteTables.agreements(taste)),
                card(TasteTables.diaries(taste)),
                new LetterboxdCard(slug, letterboxd, page::refresh));
    }

    private static Div card(com.vaadin.flow.component.Component... content) {
        var card = new Div(content);
        card.addClassName("card");
        return card;
    }
}
