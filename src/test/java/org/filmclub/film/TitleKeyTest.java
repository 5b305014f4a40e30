package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeyTest {

    @Test
    void titles_that_differ_only_in_case_accents_punctuation_and_spacing_are_one_film() {
        assertThat(TitleKey.of("Amélie", 2001)).isEqualTo(TitleKey.of("  AMELIE ", 2001));
        assertThat(TitleKey.of("Crouching Tiger, Hidden Dragon", 2000))
                .isEqualTo(TitleKey.of("crouching tiger hidden dragon", 2000));
    }

    @Test
    void the_same_title_in_another_year_is_another_film() {
        assertThat(TitleKey.of("Solaris", 1972)).isNotEqualTo(TitleKey.of("Solaris", 2002));
        assertThat(TitleKey.of("Her", 2013)).isNotEqualTo(TitleKey.of("Hers", 2013));
    }
}
