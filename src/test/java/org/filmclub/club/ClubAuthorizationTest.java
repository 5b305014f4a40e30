package org.filmclub.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.LinkTokens;
import org.filmclub.base.NotPermittedException;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crafted calls straight to the services, past every view: a non-member learns nothing and
 * changes nothing; a plain member cannot do what only hosts may.
 */
class ClubAuthorizationTest extends AbstractAppTest {

    @Autowired
    ClubService clubs;

    @Autowired
    ClubAccess access;

    @Autowired
    JdbcClient jdbc;

    private MemberProfile host;
    private MemberProfile member;
    private MemberProfile outsider;
    private ClubSummary club;

    @BeforeEach
    void clubWithHostAndMember() {
        host = newMember("Auth Host");
        member = newMember("Auth Member");
        outsider = newMember("Auth Outsider");
        loginAs(host);
        club = clubs.create(new ClubDetails(unique("Guarded"), "", ""));
        var code = clubs.home(club.slug()).invite().orElseThrow().code();
        loginAs(member);
        clubs.join(code);
    }

    @Test
    void a_copy_of_the_database_holds_no_invite_code_only_its_hash_and_the_hash_opens_nothing() {
        loginAs(host);
        var code = clubs.home(club.slug()).invite().orElseThrow().code();

        var row = jdbc.sql("select * from clubs where id = :id")
                .param("id", club.id())
                .query()
                .singleRow();
        assertThat(row.values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains(code))
                .contains(LinkTokens.hash(code));
        assertThat(clubs.home(club.slug()).invite().orElseThrow().code())
                .as("the host copies the same link again")
                .isEqualTo(code);
        loginAs(outsider);
        assertThat(clubs.previewInvite(code).clubName()).isEqualTo(club.name());
        looksMissing(() -> clubs.previewInvite(LinkTokens.hash(code)));
    }

    @Test
    void a_club_whose_invite_predates_derived_codes_gets_a_working_link_on_start() {
        jdbc.sql("update clubs set invite_seed = null, invite_hash = null where id = :id")
                .param("id", club.id())
                .update();
        context.getBean(Invites.class).afterSingletonsInstantiated();

        loginAs(host);
        var code = clubs.home(club.slug()).invite().orElseThrow().code();
        loginAs(outsider);
        assertThat(clubs.previewInvite(code).clubName()).isEqualTo(club.name());
    }

    /** Every club-scoped call, each acting on the club of the test. */
    private Map<String, Runnable> clubScopedCalls() {
        var details = new ClubDetails("Hijacked", "mine now", "");
        return Map.of(
                "home", () -> clubs.home(club.slug()),
                "edit", () -> clubs.edit(club.slug(), details),
                "regenerateInvite", () -> clubs.regenerateInvite(club.slug()),
                "promote", () -> clubs.promote(club.slug(), member.id()),
                "demote", () -> clubs.demote(club.slug(), host.id()),
                "remove", () -> clubs.remove(club.slug(), host.id()),
                "leave", () -> clubs.leave(club.slug()),
                "requireMember", () -> access.requireMember(club.id()),
                "requireHost", () -> access.requireHost(club.id(), "do host things"));
    }

    @Test
    void a_non_member_is_told_the_club_does_not_exist_by_every_method() {
        loginAs(outsider);
        clubScopedCalls().forEach((name, call) -> assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(ContentNotFoundException.class)
                .hasMessage(ClubAccess.NO_SUCH_CLUB));
        assertThat(clubs.myClubs()).isEmpty();
        assertMembershipUnchanged();
    }

    @Test
    void a_plain_member_is_refused_every_host_action() {
        loginAs(member);
        var hostOnly = List.of("edit", "regenerateInvite", "promote", "demote", "remove", "requireHost");
        var calls = clubScopedCalls();
        hostOnly.forEach(name -> assertThatThrownBy(calls.get(name)::run)
                .as(name)
                .isInstanceOf(NotPermittedException.class)
                .hasMessageStartingWith("Only a host can"));
        assertThat(clubs.home(club.slug()).invite())
                .as("members never see the invite code")
                .isEmpty();
        assertMembershipUnchanged();
    }

    @Test
    void a_signed_out_caller_is_refused_everything() {
        logout();
        clubScopedCalls().forEach((name, call) -> assertThatThrownBy(call::run)
                .as(name)
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Please log in first."));
    }

    @Test
    void a_host_cannot_act_on_a_member_of_another_club_through_their_own() {
        var otherHost = newMember("Other Host");
        loginAs(otherHost);
        var other = clubs.create(new ClubDetails(unique("Elsewhere"), "", ""));
        looksMissing(() -> clubs.remove(other.slug(), member.id()));
        looksMissing(() -> clubs.promote(other.slug(), member.id()));
        assertMembershipUnchanged();
    }

    @Test
    void the_last_host_can_neither_leave_nor_be_demoted() {
        loginAs(host);
        assertThatThrownBy(() -> clubs.leave(club.slug()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage(ClubService.LAST_HOST);
        assertThatThrownBy(() -> clubs.demote(club.slug(), host.id()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage(ClubService.LAST_HOST);
        assertMembershipUnchanged();
    }

    private void assertMembershipUnchanged() {
        loginAs(host);
        var home = clubs.home(club.slug());
        assertThat(home.club().name()).isEqualTo(club.name());
        assertThat(home.members())
                .extracting(ClubMember::memberId, ClubMember::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(host.id(), Role.HOST),
                        org.assertj.core.groups.Tuple.tuple(member.id(), Role.MEMBER));
    }
}
