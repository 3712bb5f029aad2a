package vn.gov.oversight.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Word document made from the data shares: the font of administrative
 * documents (Times New Roman, 13 pt, as Decree 30/2020/NĐ-CP asks), paragraphs of text,
 * the bytes and how they are downloaded.
 */
public final class WordDocuments {

    public static final MediaType DOCX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final String FONT = "Times New Roman";

    private static final int FONT_SIZE = 13;

    private WordDocuments() {
    }

    /** A new .docx document, filled by {@code content}, as bytes. */
    public static byte[] write(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph of one run at the end of the document. */
    public static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold,
            ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
        return paragraph;
    }

    /** A person's text, one justified paragraph a line. */
    public static void text(XWPFDocument document, String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            paragraph(document, line, false, ParagraphAlignment.BOTH);
        }
    }

    /**
     * A run of text in the documents' font, added to a paragraph (of the body or of a
     * table's cell).
     */
    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(FONT_SIZE);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    /** The document as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return Downloads.attachment(fileName, DOCX, content);
    }

}
