package org.filmclub.rating.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.rating.LetterboxdLimits;
import org.filmclub.rating.LetterboxdService;

/** The member's own ratings out to Letterboxd, and their Letterboxd export in, previewed before anything is written. */
final class LetterboxdCard extends Div {

    private final String slug;
    private final LetterboxdService letterboxd;
    private final Runnable imported;
    private final Paragraph error = new Paragraph();
    private final Div preview = new Div();
    private final Upload upload = new Upload(this::receive);

    LetterboxdCard(String slug, LetterboxdService letterboxd, Runnable imported) {
        this.slug = slug;
        this.letterboxd = letterboxd;
        this.imported = imported;
        addClassName("card");
        // The file is made when the link is followed, on that request, so it is as current as the click.
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var csv = letterboxd.export(slug);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), slug + "-my-ratings.csv", "text/csv", csv.length);
                }),
                "Download my ratings for Letterboxd (CSV)");
        download.setDownload(true);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LetterboxdLimits.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setDropLabel(new Span("Drop your Letterboxd ratings.csv or diary.csv here"));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        error.addClassName("form-alert");
        error.setVisible(false);
        add(
                new H2("Your ratings and Letterboxd"),
                new Paragraph("Your own ratings of the club's films, as the file Letterboxd imports "
                        + "(Settings → Import & Export on Letterboxd)."),
                download,
                new Paragraph("Bring in your Letterboxd export (ratings.csv or diary.csv, UTF-8, up to "
                        + LetterboxdLimits.MAX_BYTES / 1024 / 1024 + " MB): ratings of films the club has are "
                        + "matched by title and year. You see what would change before anything is written, and no "
                        + "rating of yours is replaced unless you say so."),
                error,
                upload,
                preview);
    }

    /** Runs on the upload's own request, without the session lock: read first, then update the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (var in = event.getInputStream()) {
            // One byte over the limit is enough to refuse; never hold a huge upload in memory.
            bytes = in.readNBytes(LetterboxdLimits.MAX_BYTES + 1);
        }
        event.getUI().access(() -> {
            // The file is read: the upload is ready for another one, and its drop label is not left dimmed.
            upload.clearFileList();
            try {
                var found = letterboxd.preview(slug, bytes);
                error.setText("");
                error.setVisible(false);
                preview.removeAll();
                preview.add(new ImportPreviewPanel(found, confirmed -> letterboxd.apply(slug, confirmed), () -> {
                    preview.removeAll();
                    imported.run();
                }));
            } catch (InvalidInputException e) {
                preview.removeAll();
                showError(e.getMessage());
            }
        });
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
