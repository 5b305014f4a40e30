package org.filmclub.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import org.filmclub.base.AppPaths;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.club.ClubsPageSection;
import org.filmclub.transfer.ClubTransferService;
import org.filmclub.transfer.TransferLimits;

/** On "My clubs": brings in a club downloaded from another installation, with the member as its host. */
@org.springframework.stereotype.Component
class ImportClubSection implements ClubsPageSection {

    private final ClubTransferService transfers;

    ImportClubSection(ClubTransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public Component create() {
        var error = new Paragraph();
        error.addClassName("form-alert");
        error.setVisible(false);
        var upload = new Upload();
        upload.setUploadHandler(event -> receive(event, error));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TransferLimits.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropLabel(new Span("Drop a club's .json file here"));
        upload.addFileRejectedListener(e -> {
            error.setText(e.getErrorMessage());
            error.setVisible(true);
        });
        var card = new Div(
                new H2("Import a club"),
                new Paragraph("Moving a club from another Filmclub? Upload "
                        + "the file its host downloaded there (up to " + TransferLimits.MAX_BYTES / 1024 / 1024
                        + " MB). You will "
                        + "be its host; the people in the file come as placeholders that no one can sign in as."),
                error,
                upload);
        card.addClassName("card");
        return card;
    }

    /** Runs on the upload's own request, without the session lock: read first, then update the UI. */
    private void receive(UploadEvent event, Paragraph error) throws IOException {
        byte[] bytes;
        try (var in = event.getInputStream()) {
            // One byte over the limit is enough to refuse; never hold a huge upload in memory.
            bytes = in.readNBytes(TransferLimits.MAX_BYTES + 1);
        }
        event.getUI().access(() -> {
            try {
                var club = transfers.importClub(bytes);
                Notifications.success("Imported " + club.name() + ". You are its host.");
                event.getUI().navigate(AppPaths.club(club.slug()));
            } catch (InvalidInputException e) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        });
    }
}
