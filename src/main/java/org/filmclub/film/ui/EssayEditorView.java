package org.filmclub.film.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabsVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Map;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.Times;
import org.filmclub.club.ClubService;
import org.filmclub.film.EditConflictException;
import org.filmclub.film.EssayEditing;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmLimits;
import org.filmclub.member.CurrentMember;

/**
 * Writing an essay in Markdown with a live preview. What the member types is saved as a draft as
 * they go, so a reload loses nothing; publishing makes it the essay's next revision.
 */
@Route("clubs/:slug/films/:filmId/essays/:essayId/edit")
@PermitAll
public class EssayEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EssayService essays;
    private final CurrentMember currentMember;
    final TextArea body = new TextArea("Essay in Markdown");
    /** Folds the published essay for readers who have not finished the film. */
    final Checkbox ending = new Checkbox("This essay discusses the ending");

    private final Span stats = new Span();
    private final EssayPreview preview;
    private final Span status = new Span();
    private final Div conflict = new Div();
    private final Button publish = new Button();
    private String slug;
    private long filmId;
    private long essayId;
    private int baseRevision;
    private ZoneId zone;
    private final ClubService clubs;
    private String clubName = "";
    private String title = PageTitles.of("Essay");

    EssayEditorView(EssayService essays, ClubService clubs, CurrentMember currentMember) {
        this.essays = essays;
        this.clubs = clubs;
        this.currentMember = currentMember;
        this.preview = new EssayPreview(essays, stats::setText);
        addClassNames("page", "essay-editor-page");
        // Vaadin keeps this page when the member opens another essay, so what lives across essays is set up here,
        // once: listeners added on each visit would answer one keystroke or click several times.
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(800);
        body.setHelperText("**bold**, *italic*, # Heading, > quote, [link](https://…), ~~struck~~, footnotes[^1]");
        body.addClassName("essay-source");
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed(true);
            }
        });
        ending.addClassName("essay-ending");
        ending.setTooltipText(
                "Members who have not finished the film see a notice instead, and can open it if they wish");
        ending.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveDraft(body.getValue());
            }
        });
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        stats.addClassName("essay-stats");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish(baseRevision));
        publish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        publish.setTooltipText("Ctrl+Enter");
        conflict.addClassName("form-alert");
        conflict.getElement().setAttribute("role", "alert");
    }

    static RouteParameters params(String slug, long filmId, long essayId) {
        return new RouteParameters(
                Map.of("slug", slug, "filmId", Long.toString(filmId), "essayId", Long.toString(essayId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        slug = params.get("slug").orElse("");
        try {
            filmId = params.getLong("filmId").orElseThrow();
            essayId = params.getLong("essayId").orElseThrow();
            zone = currentMember.require().timeZone();
            clubName = clubs.name(slug);
            build(essays.open(slug, filmId, essayId));
        } catch (ContentNotFoundException | NumberFormatException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        } catch (NotPermittedException e) {
            Notifications.error(e.getMessage());
            event.forwardTo(FilmView.class, FilmView.params(slug, filmId));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build(EssayEditing essay) {
        removeAll();
        baseRevision = essay.baseRevision();
        var heading = (essay.mine() ? "Your essay on " : essay.author() + "’s essay on ") + essay.filmTitle();
        title = PageTitles.of(heading, clubName);
        var back = new Anchor(AppPaths.film(slug, filmId), "← Back to " + essay.filmTitle());
        back.addClassName("back-link");

        body.setValue(essay.body());
        ending.setValue(essay.discussesEnding());
        var panes = new Div(body, preview);
        panes.addClassNames("editor-panes", "writing");
        // On a phone the panes do not fit side by side: the member switches between them, as on a laptop she
        // glances from one to the other. The switch is hidden on wider screens, which show both.
        var write = new Tab("Write");
        var look = new Tab("Preview");
        var switcher = new Tabs(write, look);
        switcher.addClassName("editor-switch");
        switcher.addThemeVariants(TabsVariant.LUMO_EQUAL_WIDTH_TABS);
        switcher.getElement().setAttribute("aria-label", "Essay: write or preview");
        switcher.addSelectedChangeListener(e -> {
            var previewing = e.getSelectedTab() == look;
            panes.setClassName("writing", !previewing);
            panes.setClassName("previewing", previewing);
        });

        essay.draftSavedAt()
                .ifPresentOrElse(
                        at -> status.setText("Restored your unpublished draft from " + Times.dateTime(at, zone)),
                        () -> status.setText(essay.published() ? "Editing the published text" : "Not saved yet"));

        publish.setText(essay.published() ? "Publish changes" : "Publish");
        publish.setEnabled(true);
        var importButton = new Button("Import text…", e -> new ImportDialog(essays, text -> {
                    body.setValue(text);
                    changed(true);
                })
                .open());
        var discard =
                new Button(essay.published() ? "Discard my changes" : "Discard draft", e -> confirmDiscard(essay));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var toolbar = new Div(publish, importButton, discard);
        toolbar.addClassName("actions");

        conflict.removeAll();
        conflict.setVisible(false);
        add(back, new H1(heading), toolbar, new Div(status, stats), ending, conflict, switcher, panes);
        changed(false);
    }

    /** Updates preview and counts; when the member typed, also saves the draft. */
    private void changed(boolean save) {
        var text = body.getValue();
        var over = text.length() - FilmLimits.ESSAY_MAX;
        preview.show(text);
        body.setInvalid(over > 0);
        body.setErrorMessage(
                over > 0
                        ? String.format(
                                "%,d characters over the limit of %,d. Your text is kept here, but it cannot be saved until it is shorter.",
                                over, FilmLimits.ESSAY_MAX)
                        : null);
        if (save) {
            saveDraft(text);
        }
    }

    private void saveDraft(String text) {
        try {
            var at = essays.saveDraft(slug, essayId, text, baseRevision, ending.getValue());
            status.setText("Draft saved at " + Times.time(at, zone));
        } catch (InvalidInputException e) {
            status.setText("Not saved: the essay is too long.");
        } catch (ContentNotFoundException | NotPermittedException e) {
            gone(e.getMessage());
        }
    }

    private void publish(int base) {
        try {
            essays.publish(slug, essayId, body.getValue(), base, ending.getValue());
            Notifications.success("Published. The club can read it now.");
            getUI().ifPresent(ui -> ui.navigate(FilmView.class, FilmView.params(slug, filmId)));
        } catch (InvalidInputException e) {
            body.setErrorMessage(e.getMessage());
            body.setInvalid(true);
        } catch (EditConflictException e) {
            showConflict(e);
        } catch (ContentNotFoundException | NotPermittedException e) {
            gone(e.getMessage());
        }
    }

    private void showConflict(EditConflictException e) {
        conflict.removeAll();
        var theirs = new Button("Read their version", click -> {
            var dialog = new Dialog("Revision " + e.currentRevision() + " by " + e.savedBy());
            dialog.setWidth("min(50rem, 100vw)");
            // An editor of the essay has its text in front of them already, folded or not.
            var html = essays.revisionHtml(slug, essayId, e.currentRevision(), true);
            dialog.add(html.isEmpty() ? EssayArticle.unshown() : new Html(html));
            dialog.getFooter().add(new Button("Close", c -> dialog.close()));
            dialog.open();
        });
        var mineAnyway = new Button("Publish mine as the newest revision", click -> publish(e.currentRevision()));
        mineAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new Div(theirs, mineAnyway);
        actions.addClassName("actions");
        conflict.add(
                new Paragraph(e.savedBy() + " published a newer version at "
                        + Times.dateTime(e.savedAt(), zone)
                        + " while you were editing. Nothing was overwritten and your "
                        + "text is still here. Read their version, then publish yours as the newest revision if you "
                        + "are sure: theirs stays in the history."),
                actions);
        conflict.setVisible(true);
    }

    /** The essay or film went away: keep the text on screen so the member can copy it. */
    private void gone(String message) {
        conflict.removeAll();
        conflict.add(new Paragraph(message));
        conflict.setVisible(true);
        publish.setEnabled(false);
        status.setText("Not saved");
    }

    private void confirmDiscard(EssayEditing essay) {
        Confirm.destructive(
                essay.published() ? "Discard your changes?" : "Discard this draft?",
                essay.published() ? "The published essay stays as it is." : "The text you wrote here is deleted.",
                "Discard",
                () -> {
                    try {
                        essays.discardDraft(slug, essayId);
                    } catch (ContentNotFoundException | NotPermittedException ignored) {
                        // Already gone: nothing left to discard.
                    }
                    getUI().ifPresent(ui -> ui.navigate(FilmView.class, FilmView.params(slug, filmId)));
                });
    }
}
