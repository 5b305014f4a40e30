package org.filmclub.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.util.function.Consumer;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmLimits;

/** Brings in an essay written elsewhere: an uploaded .txt or .md file, or pasted text. */
class ImportDialog extends Dialog {

    static final String MARKDOWN = "Markdown";
    static final String PLAIN = "Plain text";

    private final EssayService essays;
    private final Consumer<String> imported;
    private final Paragraph error = new Paragraph();
    final Upload upload = new Upload(this::receive);
    final TextArea pasted = new TextArea("Or paste the text here");
    final RadioButtonGroup<String> format = new RadioButtonGroup<>("The pasted text is");

    ImportDialog(EssayService essays, Consumer<String> imported) {
        this.essays = essays;
        this.imported = imported;
        setHeaderTitle("Import an essay");
        setWidth("min(44rem, 100vw)");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FilmLimits.IMPORT_MAX_BYTES);
        upload.setAcceptedFileTypes("text/plain", "text/markdown", ".txt", ".md", ".markdown");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(
                "Drop a UTF-8 .txt or .md file here (up to " + FilmLimits.IMPORT_MAX_BYTES / 1024 + " KB)"));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        pasted.setWidthFull();
        pasted.setMinHeight("10rem");
        format.setItems(MARKDOWN, PLAIN);
        format.setValue(PLAIN);
        format.setHelperText("Plain-text paragraphs separated by blank lines become paragraphs.");
        error.addClassNames("form-alert");
        error.setVisible(false);
        add(
                new Paragraph("The imported text replaces what is in the editor; your draft keeps saving as usual."),
                error,
                upload,
                pasted,
                format);
        var use = new Button(
                "Import pasted text",
                e -> apply(() -> essays.fromPaste(pasted.getValue(), PLAIN.equals(format.getValue()))));
        DialogActions.cancelOr(this, use);
    }

    /** Runs on the upload's own request, without the session lock: read first, then update the UI. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (var in = event.getInputStream()) {
            // One byte over the limit is enough to refuse; never hold a huge upload in memory.
            bytes = in.readNBytes(FilmLimits.IMPORT_MAX_BYTES + 1);
        }
        var name = event.getFileName();
        event.getUI().access(() -> apply(() -> essays.fromFile(bytes, name)));
    }

    private void apply(java.util.function.Supplier<String> conversion) {
        try {
            imported.accept(conversion.get());
            close();
        } catch (InvalidInputException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
