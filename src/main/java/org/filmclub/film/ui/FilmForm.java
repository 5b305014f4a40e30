package org.filmclub.film.ui;

import static org.filmclub.film.FilmLimits.*;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.film.FilmDetails;

/** The facts of a film, for adding one or editing it. */
class FilmForm extends FormLayout {

    final TextField title = new TextField("Title");
    final IntegerField year = new IntegerField("Year");
    final TextField director = new TextField("Director");
    final IntegerField runtime = new IntegerField("Runtime (minutes)");
    final TextArea synopsis = new TextArea("Short synopsis");
    final TextField poster = new TextField("Poster image address (optional)");
    private final FieldErrors errors = new FieldErrors();

    FilmForm() {
        title.setMaxLength(TITLE_MAX);
        title.setRequired(true);
        year.setMin(YEAR_MIN);
        year.setMax(YEAR_MAX);
        year.setRequired(true);
        director.setMaxLength(DIRECTOR_MAX);
        director.setRequired(true);
        runtime.setMin(RUNTIME_MIN);
        runtime.setMax(RUNTIME_MAX);
        runtime.setRequired(true);
        synopsis.setMaxLength(SYNOPSIS_MAX);
        synopsis.setValueChangeMode(ValueChangeMode.LAZY);
        synopsis.addValueChangeListener(e -> synopsis.setHelperText(e.getValue().length() + " / " + SYNOPSIS_MAX));
        poster.setMaxLength(POSTER_URL_MAX);
        poster.setPlaceholder("https://");
        poster.setHelperText("A picture on the web, starting with https://");
        errors.bind("title", title)
                .bind("year", year)
                .bind("director", director)
                .bind("runtimeMinutes", runtime)
                .bind("synopsis", synopsis)
                .bind("posterUrl", poster);
        add(title, director, year, runtime, synopsis, poster);
        setColspan(title, 2);
        setColspan(synopsis, 2);
        setColspan(poster, 2);
    }

    FilmForm(FilmDetails film) {
        this();
        title.setValue(film.title());
        year.setValue(film.year());
        director.setValue(film.director());
        runtime.setValue(film.runtimeMinutes());
        synopsis.setValue(film.synopsis());
        poster.setValue(film.posterUrl());
    }

    FilmDetails details() {
        return new FilmDetails(
                title.getValue(),
                year.getValue(),
                director.getValue(),
                runtime.getValue(),
                synopsis.getValue(),
                poster.getValue());
    }

    void show(InvalidInputException e) {
        errors.show(e);
    }
}
