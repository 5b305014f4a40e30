package org.filmclub.film.ui;

import com.vaadin.flow.component.Component;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;

/** Puts the club's films on its home page. */
@org.springframework.stereotype.Component
class FilmsSection implements ClubHomeSection {

    private final FilmService films;

    FilmsSection(FilmService films) {
        this.films = films;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ClubMembership membership) {
        return new FilmsCard(films, membership.slug());
    }
}
