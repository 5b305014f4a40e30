package org.filmclub.rating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;

/** On the club's home: the way to the club's taste, and to the member's ratings in and out of Letterboxd. */
@org.springframework.stereotype.Component
class TasteSection implements ClubHomeSection {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(ClubMembership membership) {
        var card = new Div(
                new H2("The club's taste"),
                new Paragraph("The club's verdict on each film, where it splits, what the discussion changed, who "
                        + "agrees with whom, and everyone's diary. Your ratings to and from Letterboxd are there too."),
                new Anchor(TasteView.path(membership.slug()), "See the club's taste"));
        card.addClassName("card");
        return card;
    }
}
