package io.fruition.idea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;

/**
 * Files attached to ideas. Only document and image types a partnership exchanges are accepted, up to 10 MB;
 * the bytes are stored under the data folder by a random key, the name and type in the database.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String FILE_FIELD = "file";
    /** Accepted file types by extension, with their content types. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "txt", "text/plain", "csv", "text/csv",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final Clock clock;
    private final Path store;

    Attachments(JdbcClient jdbc, Ideas ideas, Clock clock, AttachmentProperties properties) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.clock = clock;
        this.store = Path.of(properties.directory());
    }

    /** Checks a file before anything is stored; the same rules apply on the submission form and on the idea. */
    public static void check(String fileName, byte[] content) {
        String name = nameOf(fileName);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (name.isEmpty() || name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("A file needs a name of at most 200 characters, without control characters.");
        }
        if (!TYPES.containsKey(extension)) {
            throw refused("'" + name + "' is not a file type Fruition accepts; attach PDF, PNG, JPEG, "
                    + "text, CSV, Word, Excel or PowerPoint files.");
        }
        if (content == null || content.length == 0) {
            throw refused("'" + name + "' is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw refused("'" + name + "' is " + (content.length / (1024 * 1024)) + " MB; files of up to 10 MB "
                    + "can be attached.");
        }
        if (!looksLike(extension, content)) {
            throw refused("'" + name + "' does not contain what its name says (a "
                    + extension.toUpperCase(Locale.ROOT) + " file); attach the file itself.");
        }
    }

    /** A refusal of the file, named as the field "file" for the API's per-field problems. */
    private static InvalidInputException refused(String problem) {
        return new InvalidInputException(List.of(problem), Map.of(FILE_FIELD, List.of(problem)));
    }

    /** Whether the content is of the kind its extension claims, by the signature every such file begins with. */
    private static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx", "pptx" -> startsWith(content, 'P', 'K', 0x03, 0x04);
            default -> isText(content);
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text and CSV: UTF-8 (a byte-order mark allowed), with no NUL characters. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf(0) < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The file's own name, whatever folders a browser or a client put before it. */
    private static String nameOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.strip();
    }

    @Transactional
    public IdeaAttachment attach(String username, String number, String fileName, byte[] content) {
        Idea idea = ideas.visible(username, number);
        check(fileName, content);
        String name = nameOf(fileName);
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(store);
            Files.write(store.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored.", e);
        }
        jdbc.sql("""
                insert into idea_attachment (idea_id, file_name, content_type, size_bytes, storage_key, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(idea.getId(), name, TYPES.get(extension), content.length, key, username, Timestamp.from(clock.instant()))
                .update();
        return of(username, number).stream().filter(a -> a.fileName().equals(name)).reduce((a, b) -> b).orElseThrow();
    }

    public List<IdeaAttachment> of(String username, String number) {
        Idea idea = ideas.visible(username, number);
        return jdbc.sql("select * from idea_attachment where idea_id = ? order by uploaded_at, id").param(idea.getId())
                .query((rs, n) -> new IdeaAttachment(rs.getLong("id"), rs.getLong("idea_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The bytes of an attachment, for a member of the idea's partnership. */
    public byte[] content(String username, long attachmentId) {
        Map<String, Object> row = jdbc.sql("select a.storage_key, i.number from idea_attachment a join idea i on i.id = a.idea_id where a.id = ?")
                .param(attachmentId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such attachment."));
        ideas.visible(username, (String) row.get("number"));
        try {
            return Files.readAllBytes(store.resolve((String) row.get("storage_key")));
        } catch (IOException e) {
            throw new NotFoundException("The file of this attachment is missing from the store.");
        }
    }
}
