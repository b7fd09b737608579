package io.fruition.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.fruition.shared.InvalidInputException;
import io.fruition.shared.NotFoundException;
import io.fruition.support.FruitionSpringTest;

/** Files on ideas: accepted types and sizes, each refusal with a specific message, and partnership isolation. */
@FruitionSpringTest
class AttachmentsTest {

    @Autowired
    Attachments attachments;
    @Autowired
    Ideas ideas;

    @Test
    void a_member_attaches_a_pdf_and_another_member_reads_it() {
        Idea idea = submit();
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

        IdeaAttachment file = attachments.attach("pat", idea.getNumber(), "site-survey.pdf", pdf);

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.sizeBytes()).isEqualTo(pdf.length);
        assertThat(attachments.of("nora", idea.getNumber())).extracting(IdeaAttachment::fileName).containsExactly("site-survey.pdf");
        assertThat(attachments.content("nora", file.id())).isEqualTo(pdf);
        assertThatThrownBy(() -> attachments.content("ivan", file.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void other_types_empty_files_and_files_over_ten_megabytes_are_refused_by_name() {
        Idea idea = submit();

        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "run.exe", new byte[] {1}))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("'run.exe' is not a file type Fruition accepts");
        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "empty.txt", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessage("'empty.txt' is empty.");
        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "huge.csv", new byte[(int) Attachments.MAX_BYTES + 1]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("files of up to 10 MB");
        assertThat(attachments.of("pat", idea.getNumber())).isEmpty();
    }

    @Test
    void a_file_must_contain_what_its_name_says_and_be_named_without_control_characters() {
        Idea idea = submit();
        byte[] pdf = "%PDF-1.7 survey".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "photo.png", pdf))
                .isInstanceOf(InvalidInputException.class).hasMessage("'photo.png' does not contain what its name says "
                        + "(a PNG file); attach the file itself.");
        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "notes.txt", new byte[] {'a', 0, 'b'}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("(a TXT file)");
        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "latin.csv", new byte[] {'a', (byte) 0xE9}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("(a CSV file)");
        assertThatThrownBy(() -> attachments.attach("pat", idea.getNumber(), "plan\u0000.pdf", pdf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("without control characters");
        assertThat(attachments.of("pat", idea.getNumber())).isEmpty();

        // What a browser on Windows sends as the name keeps only the file's own name; the content is what counts.
        attachments.attach("pat", idea.getNumber(), "C:\\Users\\pat\\photo.png", png);
        attachments.attach("pat", idea.getNumber(), "../../etc/survey.pdf", pdf);
        attachments.attach("pat", idea.getNumber(), "vm-usage.csv", "\uFEFFvm;hours\ntest-01;168\n".getBytes(StandardCharsets.UTF_8));
        assertThat(attachments.of("pat", idea.getNumber())).extracting(IdeaAttachment::fileName)
                .containsExactlyInAnyOrder("photo.png", "survey.pdf", "vm-usage.csv");
    }

    private Idea submit() {
        return ideas.submit("pat", new IdeaSubmission("NG", "Attach to me " + System.nanoTime(), "Surveys are on paper.",
                "Scan them.", null));
    }
}
