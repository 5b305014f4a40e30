package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an essay and a chat message render alike; each dialect's own rules are in
 * {@link MarkdownRendererTest} and {@link MessageRenderingTest}, bare addresses in {@link BareUrlTest}.
 */
class BothDialectsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void strikethrough(Dialect dialect) {
        assertThat(dialect.render("a ~~bad~~ good film").select("del").eachText())
                .containsExactly("bad");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inline_code_shows_markup_as_text(Dialect dialect) {
        var code = dialect.render("type `<b>*not bold*</b>` here").selectFirst("p > code");
        assertThat(code.text()).isEqualTo("<b>*not bold*</b>");
        assertThat(code.children()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void empty_text_still_gives_one_root(Dialect dialect) {
        assertThat(dialect.render("").childNodes()).isEmpty();
    }
}
