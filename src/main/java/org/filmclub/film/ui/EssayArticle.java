package org.filmclub.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.filmclub.base.ui.Avatars;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Times;
import org.filmclub.film.EssayCard;
import org.filmclub.member.MemberProfile;

/** One published essay: who wrote it and when, then the text, set like a blog post. */
class EssayArticle extends com.vaadin.flow.component.html.Article {

    interface Actions {
        void edit();

        void history();

        void delete();

        /** The member pressed Reveal on an essay folded for them: its text for this screen, or null if it went. */
        String reveal();
    }

    private final Div text = new Div();

    /**
     * @param revealed the text of a folded essay the member revealed on this screen earlier; null if they did not
     */
    EssayArticle(EssayCard essay, String revealed, ZoneId zone, Actions actions) {
        addClassName("essay");
        var author = new Span(essay.author());
        author.addClassName("essay-author");
        var byline = new Div(author);
        if (essay.formerMember()) {
            var former = new Span("former member");
            former.addClassName("role-badge");
            byline.add(former);
        }
        if (essay.discussesEnding()) {
            var ending = new Span("discusses the ending");
            ending.addClassName("role-badge");
            byline.add(ending);
        }
        var meta = Times.date(essay.publishedAt(), zone)
                + (essay.shown() ? " · " + essay.stats().describe() : "");
        if (essay.wasRevised()) {
            meta += " · revised " + Times.date(essay.revisedAt(), zone);
        }
        var when = new Span(meta);
        when.addClassName("essay-meta");
        var avatar = Avatars.besideName(essay.author(), MemberProfile.initialsOf(essay.author()));
        var header = new Header(avatar, new Div(byline, when));
        header.addClassName("essay-header");
        // The essay as rendered once for every page that shows it: the same string, not a copy per page as the
        // Html component makes when it parses its content.
        text.addClassName("essay-text");
        if (essay.folded() && revealed == null) {
            text.add(new EndingNotice(() -> {
                var html = actions.reveal();
                if (html != null) {
                    show(html);
                }
            }));
        } else {
            show(essay.folded() ? revealed : essay.html());
        }
        add(header, text);

        var footer = new Footer();
        footer.addClassName("actions");
        var history = new Button("History", e -> actions.history());
        footer.add(history);
        if (essay.canEdit()) {
            footer.add(new Button("Edit essay", e -> actions.edit()));
            var delete = new Button("Delete essay", e -> confirmDelete(essay, actions));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            footer.add(delete);
        }
        footer.getChildren()
                .forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        add(footer);
    }

    private void show(String html) {
        text.removeAll();
        if (html.isEmpty()) {
            text.add(unshown());
        } else {
            text.getElement().setProperty("innerHTML", html);
        }
    }

    /** For a text saved before the renderer's limits that exceeds them: the page shows everything else. */
    static Paragraph unshown() {
        var line = new Paragraph("This essay could not be shown: its formatting is too large or too deeply nested.");
        line.addClassName("essay-unshown");
        return line;
    }

    private static void confirmDelete(EssayCard essay, Actions actions) {
        Confirm.destructive(
                "Delete " + essay.author() + "’s essay?",
                "The essay and all its revisions are removed for everyone. This cannot be undone.",
                "Delete",
                actions::delete);
    }
}
