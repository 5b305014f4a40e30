package org.filmclub;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tests of what a club says about its film and when in the film: members post and ask at moments, say how far
 * they have watched, and open the film's page. Each helper acts as the member it names.
 */
public abstract class FilmTalkTest extends ClubWithAFilmTest {

    @Autowired
    protected DiscussionService discussion;

    @Autowired
    protected QuestionService questions;

    @Autowired
    protected ProgressService progress;

    /** A message at a film time typed as h:mm:ss, or anchored to nothing when {@code moment} is null. */
    protected ChatMessage postAs(MemberProfile author, String text, String moment) {
        return postAs(author, text, null, moment);
    }

    protected ChatMessage postAs(MemberProfile author, String text, Long replyTo, String moment) {
        loginAs(author);
        return discussion.post(
                slug,
                filmId,
                text,
                replyTo,
                UUID.randomUUID().toString(),
                moment == null ? null : Moment.parse(moment));
    }

    /** A question at a film time typed as h:mm:ss; its id. */
    protected long askAs(MemberProfile author, String text, String moment) {
        loginAs(author);
        return questions.propose(
                slug,
                filmId,
                new Proposal(text, false, ""),
                true,
                UUID.randomUUID().toString(),
                moment == null ? null : Moment.parse(moment));
    }

    protected void progressOf(MemberProfile member, Progress at) {
        loginAs(member);
        progress.setProgress(slug, filmId, at);
    }

    protected void openFilmAs(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }
}
