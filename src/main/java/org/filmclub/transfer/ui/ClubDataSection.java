package org.filmclub.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.filmclub.club.ClubMembership;
import org.filmclub.club.ClubSettingsSection;
import org.filmclub.transfer.ClubTransferService;

/** On the club's settings page, which only hosts open: the whole club as one file, to keep or to move. */
@org.springframework.stereotype.Component
class ClubDataSection implements ClubSettingsSection {

    private final ClubTransferService transfers;

    ClubDataSection(ClubTransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Component create(ClubMembership membership) {
        var card = new Div();
        // The page is for hosts only; this is a second lock on the same door, not the first.
        if (!membership.isHost()) {
            card.setVisible(false);
            return card;
        }
        var slug = membership.slug();
        // The file is made when the link is followed, on that request, so it is as current as the click.
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var json = transfers.export(slug);
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), slug + ".filmclub.json", "application/json", json.length);
                }),
                "Download the club's data (JSON)");
        download.setDownload(true);
        card.add(
                new H2("The club's data"),
                new Paragraph("Films, essays with every revision, discussions, "
                        + "questions with their votes, and screenings with who is coming, as one file. Another Filmclub "
                        + "can import it under “Import a club”. Passwords are never in it."),
                download);
        card.addClassName("card");
        return card;
    }
}
