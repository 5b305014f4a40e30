package org.filmclub.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An avatar holds two letters at most, whatever name a member chose. */
class InitialsTest {

    @Test
    void first_and_last_words_make_the_initials() {
        assertThat(MemberProfile.initialsOf("Quinn On A Phone")).isEqualTo("QP");
        assertThat(MemberProfile.initialsOf("Ana Ruiz")).isEqualTo("AR");
        assertThat(MemberProfile.initialsOf("cleo")).isEqualTo("C");
        assertThat(MemberProfile.initialsOf("  émile   zola ")).isEqualTo("ÉZ");
    }

    @Test
    void a_letter_outside_the_basic_plane_is_kept_whole() {
        assertThat(MemberProfile.initialsOf("\uD835\uDCD0lma Film")).isEqualTo("\uD835\uDCD0F");
    }
}
