package org.filmclub.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.SvgChart;
import org.filmclub.film.FilmRef;
import org.filmclub.timeline.Timeline;
import org.filmclub.timeline.TimelineService;
import org.filmclub.watch.Moment;
import org.filmclub.watch.ProgressChanged;

/**
 * The film's timeline as a card: the strip, a sentence saying what it shows, and a button for each stretch
 * where the club talked, which is the keyboard's way to what a click on the strip opens. Drawn when the page
 * opens and again when the member's progress moves (on this screen, another, or by their own clock, which also
 * lets more of the strip show); "Refresh" draws it again with what others said since, which is not pushed, so
 * that a busy room does not redraw every open strip for each message.
 */
class TimelinePanel extends Section {

    private final TimelineService timelines;
    private final String slug;
    private final long filmId;
    private final Div body = new Div();
    private Timeline timeline;
    private TimelineChart.Drawn drawn;

    TimelinePanel(TimelineService timelines, LiveBus bus, String slug, long filmId, long viewerId) {
        this.timelines = timelines;
        this.slug = slug;
        this.filmId = filmId;
        addClassNames("card", "timeline");
        var refresh = new Button("Refresh", e -> draw());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(new H2("Timeline"), refresh);
        header.addClassName("section-header");
        add(header, body);
        LiveUpdates.follow(this, bus, FilmRef.liveTopic(filmId), ProgressChanged.class, changed -> {
            if (changed.memberId() == viewerId) {
                try {
                    draw();
                } catch (ContentNotFoundException gone) {
                    // The member left the club or was removed since; the page that took them off it says so.
                }
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (timeline == null) {
            draw();
        }
    }

    void draw() {
        timeline = timelines.timeline(slug, filmId);
        body.removeAll();
        if (timeline.isEmpty()) {
            var empty = new Paragraph("Nothing has been said about a moment of the film yet. Messages and questions"
                    + " anchored at a film time show here, along the runtime.");
            empty.addClassName("empty-state");
            body.add(empty);
            return;
        }
        drawn = TimelineChart.draw(timeline);
        var chart = SvgChart.of(drawn.svg(), timeline.text());
        chart.addClassName("timeline-strip");
        // A click's place across the scaled image, as a fraction of its width, comes back as a "timeline-pick".
        chart.getElement()
                .addEventListener("timeline-pick", e -> clicked(e.getEventData().getNumber("event.detail")))
                .addEventData("event.detail");
        chart.getElement()
                .executeJs(
                        """
                        const strip = this;
                        strip.addEventListener('click', e => {
                          const box = strip.getBoundingClientRect();
                          if (box.width > 0) {
                            strip.dispatchEvent(new CustomEvent('timeline-pick', {detail: (e.clientX - box.left) / box.width}));
                          }
                        });""");
        var stretches = new Div();
        stretches.addClassName("timeline-stretches");
        stretches.getElement().setAttribute("role", "group");
        stretches.getElement().setAttribute("aria-label", "Stretches of the film where the club talked");
        for (var stretch : timeline.talked()) {
            var button = new Button(
                    stretch.start().text() + " · " + (stretch.messages() + stretch.questions()),
                    e -> open(stretch.start()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            button.getElement().setAttribute("aria-label", stretch.text());
            stretches.add(button);
        }
        var summary = new Paragraph(timeline.text());
        summary.addClassName("timeline-summary");
        body.add(chart, summary, stretches);
    }

    private void clicked(double fraction) {
        drawn.momentAt(fraction, timeline.length()).ifPresent(this::open);
    }

    private void open(Moment moment) {
        new StretchDialog(timelines.said(slug, filmId, moment)).open();
    }
}
