package org.filmclub.club;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.member.CurrentMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club and its memberships as a club file carries them to another installation. People are named by
 * the file's own numbers, never by this installation's ids, which mean nothing anywhere else.
 */
@Component
public class ClubTransfer {

    /** @param members everyone in the club when it was written down, hosts included */
    public record ClubData(String slug, String name, String description, Instant createdAt, List<MemberData> members) {}

    public record MemberData(long person, Role role, Instant joinedAt) {}

    private final ClubAccess access;
    private final ClubService clubService;
    private final ClubRepository clubs;
    private final MembershipRepository memberships;
    private final CurrentMember currentMember;
    private final Clock clock;

    ClubTransfer(
            ClubAccess access,
            ClubService clubService,
            ClubRepository clubs,
            MembershipRepository memberships,
            CurrentMember currentMember,
            Clock clock) {
        this.access = access;
        this.clubService = clubService;
        this.clubs = clubs;
        this.memberships = memberships;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClubData export(String slug, LongUnaryOperator personRef) {
        var club = ClubAccess.requireHost(access.membership(slug), "download the club's data")
                .club();
        var members = memberships.findAllInClub(club.getId()).stream()
                .sorted(java.util.Comparator.comparing(Membership::joinedAt).thenComparing(Membership::getId))
                .map(m -> new MemberData(personRef.applyAsLong(m.memberId()), m.role(), m.joinedAt()))
                .toList();
        return new ClubData(club.slug(), club.name(), club.description(), club.createdAt(), members);
    }

    /**
     * Makes the club anew with a fresh invite link, under its old address if that is free here, with whoever
     * brings it in as its one host, joining now: a file's word makes no one a host.
     */
    @Transactional
    public ClubSummary importClub(ClubData data) {
        var me = currentMember.require().id();
        var details = clubService.checked(
                new ClubDetails(data.name(), data.description(), data.slug() == null ? "" : data.slug()));
        var slug = clubService.freeSlug(details.slug().isEmpty() ? Slugs.fromName(details.name()) : details.slug());
        var now = clock.instant();
        var club = clubs.saveAndFlush(new Club(
                slug,
                details.name(),
                details.description(),
                clubService.newInvite(),
                data.createdAt() == null ? now : data.createdAt()));
        return memberships
                .saveAndFlush(new Membership(club, me, Role.HOST, now))
                .toSummary();
    }

    /**
     * The club's members from the file, each a placeholder of this club only (never an account of this
     * installation), and each a plain member whatever role the file gives them.
     */
    @Transactional
    public void importMembers(long clubId, List<MemberData> members, LongUnaryOperator memberId) {
        var club = ClubAccess.requireHost(access.membership(clubId), "bring in a club's data")
                .club();
        var seen = new java.util.HashSet<Long>();
        for (var member : members) {
            if (!seen.add(member.person())) {
                throw InvalidInputException.of(
                        "file", "The file lists person " + member.person() + " among the members twice.");
            }
            memberships.save(
                    new Membership(club, memberId.applyAsLong(member.person()), Role.MEMBER, member.joinedAt()));
        }
        memberships.flush();
    }
}
