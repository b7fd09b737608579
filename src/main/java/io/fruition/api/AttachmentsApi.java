package io.fruition.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.fruition.idea.Attachments;
import io.fruition.idea.IdeaAttachment;
import io.fruition.idea.Ideas;
import io.fruition.shared.NotFoundException;
import io.fruition.wording.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Files on an idea, with the limits of the UI: PDF, PNG, JPEG, text, CSV, Word, Excel and PowerPoint files of up
 * to 10 MB whose content is what their name says.
 */
@RestController
@RequestMapping(path = "/api/ideas/{number}/attachments")
@Tag(name = "Attachments", description = "Files on an idea")
class AttachmentsApi {

    private final Attachments attachments;
    private final Ideas ideas;
    private final Names names;

    AttachmentsApi(Attachments attachments, Ideas ideas, Names names) {
        this.attachments = attachments;
        this.ideas = ideas;
        this.names = names;
    }

    @Schema(description = "A file on an idea (download it from its address).")
    record Attachment(@Schema(example = "7", requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(example = "depot-survey.pdf", requiredMode = Schema.RequiredMode.REQUIRED) String fileName,
            @Schema(example = "application/pdf", requiredMode = Schema.RequiredMode.REQUIRED) String contentType,
            @Schema(example = "48213", requiredMode = Schema.RequiredMode.REQUIRED) long sizeBytes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Person uploadedBy,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant uploadedAt) {
    }

    @GetMapping(produces = "application/json")
    @Operation(operationId = "listAttachments", summary = "List an idea's files", description = "Oldest first, paged.")
    ApiPage<Attachment> list(@PathVariable @Parameter(example = "NG-3") String number, Principal user,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Files a page, 1 to 200.") @RequestParam(defaultValue = "50") int size) {
        ApiPage.check(page, size);
        Names.Book book = names.in(ideas.visible(user.getName(), number).getPrefix());
        return ApiPage.of(attachments.of(user.getName(), number).stream().map(a -> attachment(book, a)).toList(),
                page, size);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
    @Operation(operationId = "uploadAttachment", summary = "Attach a file to an idea",
            description = "The file in a multipart part named `file`: PDF, PNG, JPEG, text, CSV, Word, Excel or "
                    + "PowerPoint, at most 10 MB, its content what its name says.")
    @ApiResponse(responseCode = "201", description = "Attached.", headers = @Header(name = "Location",
            description = "The file's address, to download it.", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "413", description = "The file has more than 10 MB.")
    @ApiResponse(responseCode = "415", description = "The body is not multipart/form-data.")
    ResponseEntity<Attachment> upload(@PathVariable String number,
            @RequestPart("file") @Parameter(description = "The file.") MultipartFile file, Principal user) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IdeaAttachment added = attachments.attach(user.getName(), number, file.getOriginalFilename(), content);
        String canonical = ideas.visible(user.getName(), number).getNumber();
        return ResponseEntity.created(URI.create("/api/ideas/" + canonical + "/attachments/" + added.id()))
                .body(attachment(names.in(ideas.visible(user.getName(), number).getPrefix()), added));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "downloadAttachment", summary = "Download a file",
            description = "The file's bytes, with its content type and name.")
    @ApiResponse(responseCode = "200", description = "The file.", headers = @Header(name = "Content-Disposition",
            description = "attachment, with the file's name.", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, Principal user) {
        IdeaAttachment found = attachments.of(user.getName(), number).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no file " + id + " on " + number + "."));
        byte[] content = attachments.content(user.getName(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private static Attachment attachment(Names.Book book, IdeaAttachment a) {
        return new Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), Person.of(book, a.uploadedBy()),
                a.uploadedAt());
    }
}
