package org.filmclub.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A plain HTML form that posts to Spring Security's login endpoint, so the browser's password
 * manager, "remember me" and the login throttle all work as for any website. Vaadin fields inside
 * it take part through their {@code name} attribute.
 */
@Tag("form")
class PostForm extends HtmlContainer {

    private final Map<String, Input> hidden = new HashMap<>();

    PostForm(String action) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        var request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            carry(csrf.getParameterName(), csrf.getToken());
        }
    }

    /** Posts this value with the form in a hidden field; null posts none under this name any more. */
    void carry(String name, String value) {
        var before = hidden.remove(name);
        if (before != null) {
            remove(before);
        }
        if (value != null) {
            var field = new Input();
            field.setType("hidden");
            field.getElement().setAttribute("name", name);
            field.setValue(value);
            hidden.put(name, field);
            add(field);
        }
    }

    static <C extends Component> C named(C field, String name) {
        field.getElement().setAttribute("name", name);
        return field;
    }

    /** Posts the form from the browser when the button is clicked or Enter is pressed in a field. */
    void submitFromBrowser(Button submit) {
        getElement()
                .executeJs(
                        """
                const form = this;
                form.addEventListener('keydown', e => {
                  if (e.key === 'Enter' && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
                });
                $0.addEventListener('click', () => form.requestSubmit());
                """,
                        submit.getElement());
    }

    /** Posts the form now, from the browser, with what the member typed there. */
    void submit() {
        getElement().executeJs("this.submit()");
    }
}
