package io.fruition.base.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import io.fruition.shared.Csv;
import io.fruition.shared.Table;

/** Links that download what the page shows, computed when clicked, never before. */
public final class Downloads {

    private Downloads() {
    }

    /** A link that downloads a table as CSV. */
    public static Anchor csv(String label, String fileName, Supplier<Table> table) {
        return file(label, fileName, Csv.MEDIA_TYPE, () -> Csv.of(table.get()));
    }

    /** A link that downloads bytes made when it is clicked. */
    public static Anchor file(String label, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + label);
        link.setDownload(true);
        link.addClassName("download-link");
        return link;
    }
}
