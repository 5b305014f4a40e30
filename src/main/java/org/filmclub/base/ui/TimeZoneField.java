package org.filmclub.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** A searchable list of the world's time zones, keyed by their IANA names. */
public class TimeZoneField extends ComboBox<String> {

    private static final List<String> ZONES = Stream.concat(
                    Stream.of("UTC"),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                            .sorted())
            .toList();

    public TimeZoneField(String label) {
        super(label);
        setItems(ZONES);
        setAllowCustomValue(false);
        setRequired(true);
        setWidthFull();
    }

    /** Takes the browser's zone when the member has not picked one yet. */
    public void defaultFromBrowser() {
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            var zone = details.getTimeZoneId();
            if ("Etc/UTC".equals(zone) || "Etc/GMT".equals(zone) || "GMT".equals(zone)) {
                zone = "UTC";
            }
            if (isEmpty() && zone != null && ZONES.contains(zone)) {
                setValue(zone);
            }
        }));
    }
}
