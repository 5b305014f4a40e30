package org.filmclub.member;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: signing up, and a member changing their own profile and password. */
@Service
public class MemberService {

    static final String USERNAME_TAKEN = "That username is taken; try another";
    static final String EMAIL_TAKEN =
            "Another account already uses that email address; give another, or log in to that account";
    /** Joins a placeholder's name to its scope; never in a username anyone can choose. */
    static final String PLACEHOLDER_MARK = "~";

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountMails accountMails;
    private final AccountLinkRepository links;

    MemberService(
            MemberRepository members,
            CurrentMember currentMember,
            PasswordEncoder passwordEncoder,
            InputValidator validator,
            ApplicationEventPublisher events,
            Clock clock,
            AccountMails accountMails,
            AccountLinkRepository links) {
        this.members = members;
        this.currentMember = currentMember;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.accountMails = accountMails;
        this.links = links;
    }

    /** Addresses are unique whatever their case, so they are kept in lower case. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Usernames are unique whatever their case, so they are kept in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public MemberProfile signUp(SignUp input) {
        var signUp = validator.check(new SignUp(
                normalizeUsername(input.username()),
                strip(input.displayName()),
                input.password(),
                strip(input.timeZone()),
                normalizeEmail(input.email())));
        checkPasswordBytes("password", signUp.password());
        var zone = zone(signUp.timeZone());
        if (members.existsByUsername(signUp.username())) {
            throw InvalidInputException.of("username", USERNAME_TAKEN);
        }
        if (members.existsByEmail(signUp.email())) {
            throw InvalidInputException.of("email", EMAIL_TAKEN);
        }
        var member = new Member(
                signUp.username(),
                signUp.displayName(),
                passwordEncoder.encode(signUp.password()),
                zone,
                clock.instant());
        member.changeEmail(signUp.email());
        try {
            members.saveAndFlush(member);
        } catch (DataIntegrityViolationException raced) {
            throw members.existsByUsername(signUp.username())
                    ? InvalidInputException.of("username", USERNAME_TAKEN)
                    : InvalidInputException.of("email", EMAIL_TAKEN);
        }
        accountMails.verification(member);
        return member.toProfile();
    }

    /** The signed-in member's address, whether it is verified, and whether they were asked for one. */
    @Transactional(readOnly = true)
    public MemberAddress address() {
        var member = me();
        return new MemberAddress(member.email(), member.emailVerified(), member.addressAsked());
    }

    /**
     * Gives or changes the signed-in member's address, and mails a link to it; until that link is followed
     * the address is not verified, and nothing else is sent there. The same address again changes nothing.
     */
    @Transactional
    public MemberAddress changeAddress(AddressChange input) {
        var change = validator.check(new AddressChange(normalizeEmail(input.email())));
        var member = me();
        if (change.email().equals(member.email())) {
            member.markAddressAsked();
            return new MemberAddress(member.email(), member.emailVerified(), true);
        }
        if (members.findByEmail(change.email()).isPresent()) {
            throw InvalidInputException.of("email", EMAIL_TAKEN);
        }
        member.changeEmail(change.email());
        try {
            members.saveAndFlush(member);
        } catch (DataIntegrityViolationException raced) {
            throw InvalidInputException.of("email", EMAIL_TAKEN);
        }
        accountMails.verification(member);
        return new MemberAddress(member.email(), false, true);
    }

    /** Mails the link to the signed-in member's unverified address again; the older link stops working. */
    @Transactional
    public void resendVerification() {
        var member = me();
        if (member.email() != null && !member.emailVerified()) {
            accountMails.verification(member);
        }
    }

    /** A member without an address said "not now": they are not asked again. */
    @Transactional
    public void dismissAddressPrompt() {
        me().markAddressAsked();
    }

    /**
     * Follows a verification link, whoever is signed in (or no one): the address it was mailed to is
     * verified if it is still the member's. Each link works once.
     *
     * @return the verified address, or empty when the link is unknown, used, expired or for an old address
     */
    @Transactional
    public Optional<String> verifyAddress(String token) {
        var link = links.findByTokenHashAndPurpose(
                        LinkTokens.hash(token == null ? "" : token), AccountLink.Purpose.VERIFY_EMAIL)
                .orElse(null);
        if (link == null) {
            return Optional.empty();
        }
        links.delete(link);
        if (!link.usableAt(clock.instant())) {
            return Optional.empty();
        }
        return members.findById(link.memberId())
                .filter(m -> m.verifyEmail(link.email(), clock.instant()))
                .map(Member::email);
    }

    /** Where mail to the member may go: their address once verified, otherwise nowhere. */
    @Transactional(readOnly = true)
    public Optional<String> verifiedAddress(long memberId) {
        return members.findById(memberId).filter(Member::emailVerified).map(Member::email);
    }

    /**
     * Someone a club moved from another installation names: an account of its own in that club, which no
     * password opens (it has no password hash at all, so nothing is hashed either) and which never stands
     * for an account here. Its username is the one from the file, checked as sign-up checks it, followed by
     * {@code ~} and the scope (the new club's id): no one can sign up with a {@code ~}, so it never takes a
     * name from anyone, and the same person in two imported clubs is two placeholders.
     */
    @Transactional
    public MemberProfile placeholder(String username, String displayName, long scope) {
        var checked = validator.check(
                new SignUp(normalizeUsername(username), strip(displayName), null, "UTC", null),
                "username",
                "displayName");
        return members.save(Member.placeholder(
                        checked.username() + PLACEHOLDER_MARK + scope, checked.displayName(), clock.instant()))
                .toProfile();
    }

    @Transactional
    public MemberProfile updateProfile(ProfileChange input) {
        var change = validator.check(new ProfileChange(strip(input.displayName()), strip(input.timeZone())));
        var member = me();
        member.rename(change.displayName(), zone(change.timeZone()));
        return member.toProfile();
    }

    @Transactional
    public void changePassword(PasswordChange input) {
        var change = validator.check(input);
        checkPasswordBytes("newPassword", change.newPassword());
        var member = me();
        if (!passwordEncoder.matches(change.currentPassword(), member.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "That is not your current password");
        }
        member.changePasswordHash(passwordEncoder.encode(change.newPassword()));
        events.publishEvent(new PasswordChanged(member.getId(), member.username()));
    }

    @Transactional(readOnly = true)
    public Optional<LoginCredentials> credentials(String username) {
        return members.findByUsername(normalizeUsername(username))
                .filter(m -> m.passwordHash() != null)
                .map(m -> new LoginCredentials(m.username(), m.passwordHash()));
    }

    /** Whether anyone has an account here at all, members of imported clubs included. */
    @Transactional(readOnly = true)
    public boolean anyMember() {
        return members.count() > 0;
    }

    @Transactional(readOnly = true)
    public Map<Long, MemberProfile> profiles(Collection<Long> ids) {
        return members.findAllById(ids).stream()
                .map(Member::toProfile)
                .collect(Collectors.toMap(MemberProfile::id, Function.identity()));
    }

    /** The members with these usernames (lower-cased, as stored), by username; unknown names are left out. */
    @Transactional(readOnly = true)
    public Map<String, MemberProfile> profilesByUsername(Collection<String> usernames) {
        return members.findByUsernameIn(usernames).stream()
                .map(Member::toProfile)
                .collect(Collectors.toMap(MemberProfile::username, Function.identity()));
    }

    private Member me() {
        var id = currentMember.require().id();
        return members.findById(id).orElseThrow();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "Choose a time zone from the list");
        }
    }

    static void checkPasswordBytes(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw InvalidInputException.of(field, "That password is too long; use fewer special characters");
        }
    }
}
