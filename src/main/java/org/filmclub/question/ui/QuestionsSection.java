package org.filmclub.question.ui;

import com.vaadin.flow.component.Component;
import org.filmclub.base.live.LiveBus;
import org.filmclub.club.ClubAccess;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.question.QuestionService;

/** Puts the question board on every film page. */
@org.springframework.stereotype.Component
class QuestionsSection implements FilmPageSection {

    private final QuestionService questions;
    private final ClubAccess access;
    private final LiveBus bus;
    private final DiscussionService discussion;

    QuestionsSection(QuestionService questions, ClubAccess access, LiveBus bus, DiscussionService discussion) {
        this.questions = questions;
        this.discussion = discussion;
        this.access = access;
        this.bus = bus;
    }

    @Override
    public Slot slot() {
        return Slot.QUESTIONS;
    }

    @Override
    public Component create(FilmPage page) {
        var membership = access.requireMember(page.clubSlug());
        return new QuestionBoard(
                questions, discussion, bus, page.clubSlug(), membership.clubId(), page.filmId(), membership.memberId());
    }
}
