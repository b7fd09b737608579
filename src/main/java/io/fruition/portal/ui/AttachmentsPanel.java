package io.fruition.portal.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import io.fruition.idea.Attachments;
import io.fruition.idea.IdeaAttachment;
import io.fruition.shared.InvalidInputException;

/** An idea's attachments with download links, and an upload that states the accepted types and size. */
final class AttachmentsPanel {

    private AttachmentsPanel() {
    }

    static Component of(Attachments attachments, String username, String number, Runnable refresh) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("idea-attachments");
        box.add(new H3("Attachments"));
        List<IdeaAttachment> files = attachments.of(username, number);
        if (files.isEmpty()) {
            box.add(new Paragraph("No files yet."));
        }
        for (IdeaAttachment file : files) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = attachments.content(username, file.id());
                        return new DownloadResponse(new ByteArrayInputStream(bytes),
                                file.fileName(), file.contentType(), bytes.length);
                    }), file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB, " + file.uploadedBy() + ")");
            link.setDownload(true);
            box.add(link);
        }
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                    try {
                        attachments.attach(username, number, metadata.fileName(), bytes);
                        refresh.run();
                    } catch (InvalidInputException e) {
                        Notification.show(String.join(" ", e.problems()), 6000, Notification.Position.BOTTOM_START);
                    }
                })));
        upload.setId("attachment-upload");
        upload.setAcceptedFileTypes(Attachments.TYPES.keySet().stream().map(e -> "." + e).toArray(String[]::new));
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage() + " PDF, images, text, CSV and Office "
                + "files of up to 10 MB can be attached.", 6000, Notification.Position.BOTTOM_START));
        box.add(new Span("PDF, PNG/JPEG, text, CSV, Word, Excel or PowerPoint; up to 10 MB each."), upload);
        return box;
    }

}
