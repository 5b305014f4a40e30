package org.filmclub.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import org.filmclub.base.ui.Notifications;
import org.filmclub.film.FilmLimits;
import org.filmclub.film.FilmService;
import org.filmclub.film.FilmSummary;

/** The club's films on its home page: newest first, searchable, a few dozen at a time. */
class FilmsCard extends Div {

    static final int PAGE = 30;

    private final FilmService films;
    private final String slug;
    private final TextField search = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button("Show more films");
    private int shown = PAGE;

    FilmsCard(FilmService films, String slug) {
        this.films = films;
        this.slug = slug;
        addClassName("card");
        search.addClassName("film-search");
        search.setPlaceholder("Search by title or director");
        search.setAriaLabel("Search films");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(FilmLimits.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> load(PAGE));
        var add = new Button("Add a film", VaadinIcon.PLUS.create(), e -> openAdd());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H2("Films"), add);
        header.addClassName("section-header");
        list.addClassName("film-list");
        empty.addClassName("empty-state");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> load(shown + PAGE));
        add(header, search, list, empty, more);
        load(PAGE);
    }

    private void load(int count) {
        shown = count;
        var page = films.films(slug, search.getValue(), count);
        list.removeAll();
        page.films().forEach(film -> list.add(item(film)));
        empty.setVisible(page.films().isEmpty());
        empty.setText(
                search.isEmpty()
                        ? "No films yet. Add the first one your club will talk about."
                        : "No film matches “" + search.getValue().strip() + "”.");
        more.setVisible(page.hasMore());
    }

    private ListItem item(FilmSummary film) {
        var link = new RouterLink(film.title(), FilmView.class, FilmView.params(slug, film.id()));
        link.addClassName("film-title");
        var facts = new Span(film.year() + " · " + film.director() + " · " + film.runtimeMinutes() + " min");
        facts.addClassName("film-facts");
        var item = new ListItem(link, facts);
        item.addClassName("film-item");
        return item;
    }

    private void openAdd() {
        new FilmDialog("Add a film", new FilmForm(), "Add film", details -> {
                    var added = films.add(slug, details);
                    Notifications.success(added.title() + " was added.");
                    getUI().ifPresent(ui -> ui.navigate(FilmView.class, FilmView.params(slug, added.id())));
                })
                .open();
    }
}
