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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: signing up, and a member changing their own profile and password. */
@Service
public class MemberService {

    static final String USERNAME_TAKEN = "That username is taken; try another";
    /** Joins a placeholder's name to its scope; never in a username anyone can choose. */
    static final String PLACEHOLDER_MARK = "~";

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(
            MemberRepository members,
            CurrentMember currentMember,
            PasswordEncoder passwordEncoder,
            InputValidator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.currentMember = currentMember;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
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
                strip(input.timeZone())));
        checkPasswordBytes("password", signUp.password());
        var zone = zone(signUp.timeZone());
        if (members.existsByUsername(signUp.username())) {
            throw InvalidInputException.of("username", USERNAME_TAKEN);
        }
        try {
            return members.saveAndFlush(new Member(
                            signUp.username(),
                            signUp.displayName(),
                            passwordEncoder.encode(signUp.password()),
                            zone,
                            clock.instant()))
                    .toProfile();
        } catch (DataIntegrityViolationException raced) {
            throw InvalidInputException.of("username", USERNAME_TAKEN);
        }
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
                new SignUp(normalizeUsername(username), strip(displayName), null, "UTC"), "username", "displayName");
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

    private static void checkPasswordBytes(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw InvalidInputException.of(field, "That password is too long; use fewer special characters");
        }
    }
}
