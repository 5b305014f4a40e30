package org.filmclub.poll.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmclub.poll.InstantRunoff;
import org.filmclub.poll.RunoffResult;

/**
 * A ranked-choice result, round by round: a sentence saying who won, a chart of every round, the same
 * numbers in a table, and the written tie-break rule. Choices are listed by how far they got: the
 * winner first, then the choice dropped last, down to the one dropped first.
 */
public class RunoffRounds extends Composite<Div> {

    /**
     * @param result the count
     * @param titles each choice's title by its id; a choice without one is shown as "Choice" and its id
     */
    public RunoffRounds(RunoffResult result, Map<Long, String> titles) {
        var root = getContent();
        root.addClassName("runoff-rounds");
        var summary = new Paragraph(summary(result, titles));
        summary.addClassName("runoff-summary");
        root.add(summary);
        if (!result.rounds().isEmpty()) {
            var order = finishingOrder(result);
            root.add(RunoffChart.of(result, order, titles), RunoffTable.of(result, order, titles));
        }
        var rule = new Paragraph("Ties for last place: " + InstantRunoff.TIE_BREAK);
        rule.addClassName("runoff-tie-break");
        root.add(rule);
    }

    static String title(Map<Long, String> titles, Long choice) {
        var title = titles.get(choice);
        return title == null || title.isBlank() ? "Choice " + choice : title;
    }

    /** The winner first, then the others in the final round by votes, then the dropped, last dropped first. */
    static List<Long> finishingOrder(RunoffResult result) {
        var last = result.finalRound();
        var finishing = new ArrayList<Long>();
        finishing.add(result.winner());
        last.tallies().entrySet().stream()
                .filter(e -> !e.getKey().equals(result.winner()))
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .forEach(e -> finishing.add(e.getKey()));
        var rounds = result.rounds();
        for (int i = rounds.size() - 1; i >= 0; i--) {
            finishing.addAll(rounds.get(i).eliminated());
        }
        return finishing;
    }

    /** Whether the choice dropped after a round had as few votes as another choice still standing. */
    static boolean droppedByTieRule(RunoffResult.Round round, Long dropped) {
        int votes = round.votes(dropped);
        return round.tallies().entrySet().stream().anyMatch(e -> !e.getKey().equals(dropped) && e.getValue() == votes);
    }

    static String summary(RunoffResult result, Map<Long, String> titles) {
        var ballots = plural(result.ballots(), "ballot");
        if (result.winner() == null) {
            return result.ballots() == 0
                    ? "No ballots were cast, so there is no winner."
                    : ballots + " cast, none ranking a choice, so there is no winner.";
        }
        var last = result.finalRound();
        var text = new StringBuilder()
                .append(title(titles, result.winner()))
                .append(" wins in round ")
                .append(last.number())
                .append(" with ")
                .append(last.votes(result.winner()))
                .append(" of the ")
                .append(plural(last.continuing(), "ballot"))
                .append(" still counting (")
                .append(ballots)
                .append(" cast).");
        if (last.exhausted() > 0) {
            text.append(' ')
                    .append(plural(last.exhausted(), "ballot"))
                    .append(last.exhausted() == 1 ? " ranks" : " rank")
                    .append(" no choice still standing and no longer counts.");
        }
        return text.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
