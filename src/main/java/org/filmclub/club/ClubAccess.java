package org.filmclub.club;

import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.member.CurrentMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for club-scoped content: only members see it, and to a non-member it looks the
 * same as a club that does not exist. Every club-scoped service method goes through here.
 */
@Component
public class ClubAccess {

    static final String NO_SUCH_CLUB = "There is no such club, or you are not a member of it.";

    private final ClubRepository clubs;
    private final MembershipRepository memberships;
    private final CurrentMember currentMember;

    ClubAccess(ClubRepository clubs, MembershipRepository memberships, CurrentMember currentMember) {
        this.clubs = clubs;
        this.memberships = memberships;
        this.currentMember = currentMember;
    }

    @Transactional(readOnly = true)
    public ClubMembership requireMember(long clubId) {
        return membership(clubId).toMembership();
    }

    @Transactional(readOnly = true)
    public ClubMembership requireHost(long clubId, String action) {
        return requireHost(membership(clubId), action).toMembership();
    }

    /** @param action what the member tried, such as "schedule a screening", for the refusal message */
    @Transactional(readOnly = true)
    public ClubMembership requireHost(String slug, String action) {
        return requireHost(membership(slug), action).toMembership();
    }

    /**
     * A host's membership, with the club locked until the transaction ends, so that host actions in
     * one club happen one after the other and each sees the one before.
     */
    @Transactional
    public ClubMembership requireHostLocked(String slug, String action) {
        return requireHost(lockedMembership(slug), action).toMembership();
    }

    @Transactional(readOnly = true)
    public ClubMembership requireMember(String slug) {
        return membership(slug).toMembership();
    }

    /** Who is in the club now, for telling current members from former ones; members only. */
    @Transactional(readOnly = true)
    public Set<Long> memberIds(long clubId) {
        membership(clubId);
        return currentMemberIds(clubId);
    }

    /**
     * Which of these people are in the club now: one look-up of these few, where {@link #currentMemberIds}
     * reads the whole club. For server work on behalf of the club, like that one.
     */
    @Transactional(readOnly = true)
    public Set<Long> currentMembersAmong(long clubId, java.util.Collection<Long> memberIds) {
        return memberIds.isEmpty() ? Set.of() : Set.copyOf(memberships.findMemberIdsInClub(clubId, memberIds));
    }

    /**
     * Who is in the club now, for server work on behalf of the club's own screens (such as a board
     * redrawn for everyone), where no one member is asking. Never hand the result to a non-member.
     */
    @Transactional(readOnly = true)
    public Set<Long> currentMemberIds(long clubId) {
        return memberships.findAllInClub(clubId).stream()
                .map(Membership::memberId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Who is in the club now and in which role, read at once; for the same server work as {@link #currentMemberIds}. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Role> currentRoles(long clubId) {
        return memberships.findAllInClub(clubId).stream()
                .collect(Collectors.toUnmodifiableMap(Membership::memberId, Membership::role));
    }

    /**
     * A club's id by its address, for requests that prove membership another way, such as a secret
     * calendar address; such a caller must answer an unknown club and a wrong secret the same way.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> clubIdBySlug(String slug) {
        return clubs.findIdBySlug(slug);
    }

    /** A club's address, for server work on the club's behalf where no member asks (a reminder). */
    @Transactional(readOnly = true)
    public String slugOf(long clubId) {
        return clubs.findById(clubId).map(Club::slug).orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
    }

    /** A club's name, for server work on the club's behalf where no member asks (a screening's mail). */
    @Transactional(readOnly = true)
    public String nameOf(long clubId) {
        return clubs.findById(clubId).map(Club::name).orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
    }

    /**
     * The current member's membership, with the club locked until the transaction ends, so that
     * changes which must happen one at a time in a club (one host action after another) do.
     */
    @Transactional
    public ClubMembership requireMemberLocked(String slug) {
        return lockedMembership(slug).toMembership();
    }

    Membership membership(long clubId) {
        return memberships
                .findByClubAndMember(clubId, currentMember.require().id())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
    }

    Membership membership(String slug) {
        return memberships
                .findBySlugAndMember(slug, currentMember.require().id())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
    }

    /**
     * The current member's membership, read after locking the club row, so that two membership
     * changes in one club happen one after the other and each sees the other's result.
     */
    Membership lockedMembership(String slug) {
        var me = currentMember.require().id();
        var clubId = clubs.findIdBySlug(slug).orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
        clubs.lockById(clubId);
        return memberships
                .findByClubAndMember(clubId, me)
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_CLUB));
    }

    /** @param action what the member tried, such as "invite members", for the refusal message */
    static Membership requireHost(Membership membership, String action) {
        membership.toMembership().requireHost(action);
        return membership;
    }
}
