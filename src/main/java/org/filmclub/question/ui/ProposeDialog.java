package org.filmclub.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.UUID;
import java.util.function.Consumer;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionLimits;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.question.SimilarQuestionException;
import org.filmclub.watch.Moment;

/** Proposes a question, optionally anonymously or quoting the essay; a near-duplicate is pointed out first. */
class ProposeDialog extends Dialog {

    final TextArea text = new TextArea("Your question");
    /** The film time the question is about; optional. */
    final TextField moment = new TextField("Film time");

    final Checkbox anonymous = new Checkbox("Ask anonymously (hosts still see who asked)");
    private final Div similar = new Div();
    private final Button post = new Button("Ask");
    private final FieldErrors errors = new FieldErrors();
    private final String clientKey = UUID.randomUUID().toString();
    private boolean evenIfSimilar;

    ProposeDialog(
            QuestionService questions,
            String slug,
            long filmId,
            String quote,
            Consumer<QuestionCard> voteFor,
            Runnable posted) {
        setHeaderTitle(quote.isEmpty() ? "Ask the club a question" : "Ask about this passage");
        setWidth("min(36rem, 100vw)");
        text.setMaxLength(QuestionLimits.TEXT_MAX);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> {
            text.setHelperText(e.getValue().length() + " / " + QuestionLimits.TEXT_MAX);
            evenIfSimilar = false;
            post.setText("Ask");
            similar.removeAll();
        });
        errors.bind("text", text);
        errors.bind(Moment.FIELD, moment);
        moment.setPlaceholder("h:mm:ss");
        moment.setHelperText("Optional: the moment your question is about");
        similar.addClassName("form-alert");
        similar.addClassName("info");
        similar.setVisible(false);
        if (!quote.isEmpty()) {
            var passage = new Paragraph("“" + quote + "”");
            passage.addClassName("question-quote");
            add(passage);
        }
        add(text, moment, anonymous, similar);
        post.addClickListener(e -> {
            try {
                questions.propose(
                        slug,
                        filmId,
                        new Proposal(text.getValue(), anonymous.getValue(), quote),
                        evenIfSimilar,
                        clientKey,
                        moment.getValue().isBlank() ? null : Moment.parse(moment.getValue()));
                Notifications.success("Your question is on the board.");
                close();
                posted.run();
            } catch (SimilarQuestionException alike) {
                showSimilar(alike, voteFor);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ContentNotFoundException gone) {
                Notifications.error(gone.getMessage());
            }
        });
        DialogActions.cancelOr(this, post);
        addOpenedChangeListener(e -> text.focus());
    }

    private void showSimilar(SimilarQuestionException alike, Consumer<QuestionCard> voteFor) {
        similar.removeAll();
        similar.add(new Paragraph(alike.getMessage()));
        alike.similar().forEach(q -> {
            var vote = new Button("Vote for “" + q.text() + "”", e -> {
                voteFor.accept(q);
                close();
            });
            vote.addThemeVariants(ButtonVariant.LUMO_SMALL);
            similar.add(vote);
        });
        similar.setVisible(true);
        evenIfSimilar = true;
        post.setText("Ask mine anyway");
    }
}
