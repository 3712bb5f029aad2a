package vn.gov.oversight.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import vn.gov.oversight.system.ConflictException;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * The documents of inspections, kept in the database with their size, type, SHA-256 and
 * who uploaded them when. Only documents of the usual office formats are taken,
 * recognised by their first bytes (not by the name or the type the browser claims), up to
 * {@code oversight.inspection.documents.max-size}.
 */
@Service
@Transactional
class InspectionDocuments {

    /**
     * The formats taken: the extension, the type stored, the first bytes a file of it
     * starts with.
     */
    private record Format(String contentType, byte[] magic) {
    }

    private static final byte[] PDF = { '%', 'P', 'D', 'F' };

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private static final Map<String, Format> FORMATS = Map.of("pdf", new Format("application/pdf", PDF), "docx",
            new Format("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP), "xlsx",
            new Format("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP), "doc",
            new Format("application/msword", OLE), "xls", new Format("application/vnd.ms-excel", OLE), "odt",
            new Format("application/vnd.oasis.opendocument.text", ZIP), "ods",
            new Format("application/vnd.oasis.opendocument.spreadsheet", ZIP), "jpg",
            new Format("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "png",
            new Format("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
    static final String ACCEPTED = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), OpenDocument (.odt, .ods), JPEG, PNG";

    private final InspectionStore store;

    private final Clock clock;

    private final DataSize maxSize;

    InspectionDocuments(InspectionStore store, Clock clock,
            @Value("${oversight.inspection.documents.max-size:10MB}") DataSize maxSize) {
        this.store = store;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    InspectionDocument upload(Inspection inspection, Long findingId, String fileName, byte[] content,
            String uploadedBy) {
        if (inspection.status() == Inspection.Status.CLOSED) {
            throw new ConflictException("file", "Cuộc " + inspection.kind().label().toLowerCase() + " số "
                    + inspection.id() + " đã kết thúc, không nhận thêm tài liệu");
        }
        if (findingId != null && inspection.findings().stream().noneMatch(finding -> finding.id() == findingId)) {
            throw InvalidInputException.of("findingId",
                    "Cuộc kiểm tra số " + inspection.id() + " không có phát hiện số " + findingId);
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "Tệp rỗng hoặc chưa chọn tệp");
        }
        if (content.length > maxSize.toBytes()) {
            throw new TooLarge("Tệp '" + name + "' lớn " + content.length / 1024 + " KB, quá giới hạn "
                    + maxSize.toMegabytes() + " MB");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Format format = FORMATS.get("jpeg".equals(extension) ? "jpg" : extension);
        if (name.isEmpty() || name.length() > 255 || format == null || !startsWith(content, format.magic())) {
            throw InvalidInputException.of("file",
                    "Chỉ nhận tệp " + ACCEPTED + " có nội dung đúng loại; tệp '" + name + "' không được nhận");
        }
        long id = store.insertDocument(inspection.id(), findingId, name, format.contentType(), content, sha256(content),
                uploadedBy, clock.instant());
        return store.document(inspection.id(), id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<InspectionDocument> list(long inspectionId) {
        return store.documents(inspectionId);
    }

    @Transactional(readOnly = true)
    Optional<InspectionDocument> find(long inspectionId, long documentId) {
        return store.document(inspectionId, documentId);
    }

    @Transactional(readOnly = true)
    byte[] content(InspectionDocument document) {
        return store.content(document.id());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file over the limit: 413 with the limit in Vietnamese. */
    static class TooLarge extends InvalidInputException {

        TooLarge(String message) {
            super(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", List.of(new FieldProblem("file", message)));
        }

    }

}
