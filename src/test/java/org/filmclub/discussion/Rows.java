package org.filmclub.discussion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * The discussion list as a member sees and uses it in Karibu: each row's text as the browser draws it
 * from the row template, and the row's buttons, pressed as the browser would call back.
 */
final class Rows {

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    static VirtualList<ChatMessage> list() {
        return _get(VirtualList.class, spec -> spec.withClasses("discussion-list"));
    }

    static int count() {
        return VirtualListsKt._size(list());
    }

    static ChatMessage item(int index) {
        return VirtualListsKt._get(list(), index);
    }

    /** The row's visible text: the template filled with the row's values, its HTML read as a browser would. */
    static String text(int index) {
        return Jsoup.parse(html(index)).text();
    }

    /** The row's markup as the browser would draw it: hidden parts left out, the body's HTML put in. */
    static String html(int index) {
        var renderer = (LitRenderer<ChatMessage>) VirtualListsKt.get_renderer(list());
        var item = item(index);
        var values = renderer.getValueProviders();
        var template = templateOf(renderer)
                .replaceAll("\\?hidden=\"\\$\\{!item\\.(\\w+)}\"", "data-shown=\"\\${item.$1}\"")
                .replace("<div .innerHTML=\"${item.body}\"></div>", "<div data-body>${item.body}</div>");
        var markup = new StringBuilder();
        var matcher = Pattern.compile("\\$\\{item\\.(\\w+)[^}]*}").matcher(template);
        while (matcher.find()) {
            var name = matcher.group(1);
            var value = String.valueOf(values.get(name).apply(item));
            matcher.appendReplacement(markup, Matcher.quoteReplacement(name.equals("body") ? value : Entities.escape(value)));
        }
        matcher.appendTail(markup);
        var row = Jsoup.parseBodyFragment(markup.toString());
        row.outputSettings().prettyPrint(false);
        row.select("[data-shown]").stream()
                .filter(e -> e.attr("data-shown").isEmpty() || e.attr("data-shown").equals("false"))
                .forEach(org.jsoup.nodes.Element::remove);
        return row.body().html();
    }

    /** Presses a row's button, as the browser calls the row template's function. */
    @SuppressWarnings("unchecked")
    static void press(int index, String function) {
        var renderer = VirtualListsKt.get_renderer(list());
        try {
            var field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            var callables = (Map<String, SerializableBiConsumer<ChatMessage, JsonArray>>) field.get(renderer);
            callables.get(function).accept(item(index), Json.createArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> texts() {
        var rows = new ArrayList<String>();
        for (var i = 0; i < count(); i++) {
            rows.add(text(i));
        }
        return rows;
    }

    private static String templateOf(LitRenderer<ChatMessage> renderer) {
        try {
            var field = LitRenderer.class.getDeclaredField("templateExpression");
            field.setAccessible(true);
            return (String) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
