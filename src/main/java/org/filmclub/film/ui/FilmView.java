package org.filmclub.film.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.ReadingLayout;
import org.filmclub.club.ClubService;
import org.filmclub.film.EndingReadChanged;
import org.filmclub.film.EssayCard;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;

/** A film: its facts, the club's essays on it, and the places where the club talks about it. */
@Route("clubs/:slug/films/:filmId")
@PermitAll
public class FilmView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FilmService films;
    private final EssayService essays;
    private final CurrentMember currentMember;
    private final List<FilmPageSection> sections;
    private final ClubPage<FilmPage> clubPage;
    private final ClubService clubs;
    private final LiveBus bus;
    /** Essays on the ending the member revealed on this screen: they stay open while it shows this film. */
    private final Set<Long> revealed = new HashSet<>();

    private String clubName = "";
    private String title = PageTitles.of("Film");
    private final Div top = new Div();
    /** The film and the member the sections below the essays were made for. */
    private String sectionsOf = "";

    private String slug;
    private long filmId;

    FilmView(
            FilmService films,
            EssayService essays,
            ClubService clubs,
            CurrentMember currentMember,
            List<FilmPageSection> sections,
            LiveBus bus) {
        this.films = films;
        this.bus = bus;
        this.clubs = clubs;
        this.essays = essays;
        this.currentMember = currentMember;
        this.sections = sections;
        addClassNames("page", "film-page");
        top.addClassName("film-top");
        clubPage = new ClubPage<>(this, () -> films.page(slug, filmId), this::render, gone -> {
            Notifications.error(gone.getMessage());
            getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)));
        });
    }

    static RouteParameters params(String slug, long filmId) {
        return new RouteParameters(java.util.Map.of("slug", slug, "filmId", Long.toString(filmId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clubPage.enter(event, params -> {
            slug = params.get("slug").orElse("");
            clubName = clubs.name(slug);
            filmId = params.getLong("filmId").orElseThrow(() -> new ContentNotFoundException("No such film"));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void refresh() {
        clubPage.refresh();
    }

    /**
     * Draws the film's facts and essays afresh; the parts other features fill (the discussion with
     * whatever is being typed in it) are made once per film and kept across redraws.
     */
    private void render(FilmPage page) {
        top.removeAll();
        var key = page.filmId() + ":" + currentMember.require().id();
        if (!key.equals(sectionsOf)) {
            revealed.clear();
        }
        var film = page.film();
        title = PageTitles.of(film.title(), clubName);
        var back = new Anchor(AppPaths.club(slug), "← Back to the club");
        back.addClassName("back-link");
        var facts = new Div();
        facts.addClassName("film-header");
        if (!film.posterUrl().isEmpty()) {
            var poster = new Image(film.posterUrl(), "Poster of " + film.title());
            poster.addClassName("poster");
            poster.getElement().setAttribute("referrerpolicy", "no-referrer");
            poster.getElement().setAttribute("loading", "lazy");
            facts.add(poster);
        }
        var about = new Div(
                new H1(film.title()),
                line(
                        "film-facts",
                        film.year() + " · directed by " + film.director() + " · " + film.runtimeMinutes() + " min"));
        if (!film.synopsis().isEmpty()) {
            about.add(new Paragraph(film.synopsis()));
        }
        about.add(line("added-by", "Added by " + page.addedBy()), actions(page));
        facts.add(about);
        top.add(back, facts, essaysSection(page));
        if (!key.equals(sectionsOf)) {
            removeAll();
            // The essay reads on the left; the discussion and the questions sit beside it, the rest below it.
            var layout = new ReadingLayout("Essay", ".essay-body").read(top);
            for (var slot : FilmPageSection.Slot.values()) {
                var part = sections.stream()
                        .filter(section -> section.slot() == slot)
                        .findFirst()
                        .<Component>map(section -> section.create(page))
                        .orElseGet(() -> placeholder(slot));
                FilmPageSection.place(layout, slot, part);
            }
            add(layout);
            sectionsOf = key;
        }
    }

    private Div actions(FilmPage page) {
        var row = new Div();
        row.addClassName("actions");
        var write = new Button(
                page.myDraftEssay().isPresent() ? "Continue your essay" : "Write an essay",
                VaadinIcon.PENCIL.create(),
                e -> writeEssay());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        row.add(write);
        if (page.canEdit()) {
            row.add(new Button(
                    "Edit film", e -> new FilmDialog("Edit film", new FilmForm(page.film()), "Save", details -> {
                                films.edit(slug, filmId, details);
                                Notifications.success("Film saved");
                                refresh();
                            })
                            .open()));
        }
        if (page.canRemove()) {
            var remove = new Button("Remove film", e -> confirmRemove(page));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(remove);
        }
        return row;
    }

    private Section essaysSection(FilmPage page) {
        var section = new Section(new H2(page.essays().size() == 1 ? "Essay" : "Essays"));
        section.addClassName("essays");
        if (page.essays().isEmpty()) {
            section.add(new Paragraph("No essay yet. Write the club's first take on this film."));
        }
        var me = currentMember.require();
        var zone = me.timeZone();
        if (page.essays().stream().anyMatch(EssayCard::discussesEnding)) {
            // Saying "I've finished" here or on another screen opens what was folded, without a reload.
            LiveUpdates.follow(section, bus, FilmRef.liveTopic(page.filmId()), EndingReadChanged.class, changed -> {
                if (changed.memberId() == me.id() && changed.filmId() == filmId) {
                    refresh();
                }
            });
        }
        for (EssayCard essay : page.essays()) {
            var shownBefore = essay.folded() && revealed.contains(essay.essayId()) ? revealedText(essay) : null;
            section.add(new EssayArticle(essay, shownBefore, zone, new EssayArticle.Actions() {
                @Override
                public void edit() {
                    openEditor(essay.essayId());
                }

                @Override
                public void history() {
                    new RevisionsDialog(
                                    essays,
                                    slug,
                                    essay.essayId(),
                                    zone,
                                    essay.canEdit(),
                                    revealed.contains(essay.essayId()),
                                    FilmView.this::refresh)
                            .open();
                }

                @Override
                public void delete() {
                    clubPage.act(() -> essays.delete(slug, essay.essayId()), "Essay deleted");
                }

                @Override
                public String reveal() {
                    revealed.add(essay.essayId());
                    return revealedText(essay);
                }
            }));
        }
        return section;
    }

    /** The current text of an essay folded for the member, which they revealed on this screen; null if it went. */
    private String revealedText(EssayCard essay) {
        try {
            return essays.revisionHtml(slug, essay.essayId(), essay.revision(), true);
        } catch (ContentNotFoundException gone) {
            revealed.remove(essay.essayId());
            Notifications.error(gone.getMessage());
            return null;
        }
    }

    private void writeEssay() {
        try {
            openEditor(essays.start(slug, filmId));
        } catch (ContentNotFoundException e) {
            refresh();
        }
    }

    private void openEditor(long essayId) {
        getUI().ifPresent(ui -> ui.navigate(EssayEditorView.class, EssayEditorView.params(slug, filmId, essayId)));
    }

    private void confirmRemove(FilmPage page) {
        Confirm.destructive(
                "Remove " + page.film().title() + "?",
                "Its essays and their history go with it. This cannot be undone.",
                "Remove film",
                () -> {
                    try {
                        films.remove(slug, filmId);
                        Notifications.success(page.film().title() + " was removed.");
                        getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)));
                    } catch (NotPermittedException | ContentNotFoundException refused) {
                        Notifications.error(refused.getMessage());
                    }
                });
    }

    private static Paragraph line(String className, String text) {
        var p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private static Section placeholder(FilmPageSection.Slot slot) {
        var section =
                switch (slot) {
                    case SCREENINGS ->
                        new Section(
                                new H2("Screenings"),
                                new Paragraph("Watch sessions of this film will be listed here."));
                    case DISCUSSION ->
                        new Section(
                                new H2("Discussion"),
                                new Paragraph("The club's live discussion of this film will be here."));
                    case QUESTIONS ->
                        new Section(
                                new H2("Questions"),
                                new Paragraph(
                                        "Questions for the club to talk about, voted up by members, will be here."));
                    case TIMELINE ->
                        new Section(
                                new H2("Timeline"),
                                new Paragraph("Where along the film the club talked will be shown here."));
                    case RATINGS ->
                        new Section(
                                new H2("Ratings"),
                                new Paragraph(
                                        "Members' stars and takes, before and after the discussion, will be here."));
                };
        section.addClassNames("card", "placeholder");
        return section;
    }
}
