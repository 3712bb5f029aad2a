package vn.gov.oversight.inspection;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.NotFoundException;
import vn.gov.oversight.system.WordDocuments;

/**
 * Inspections and supervisions: the coordinator (or an administrator) opens and starts
 * them; each is read, and its documents uploaded and downloaded, only by administrators,
 * the coordinator, its team and the inspected agencies. To anybody else an inspection
 * does not exist (404).
 */
@Tag(name = "Kiểm tra, giám sát",
        description = "Cuộc kiểm tra, giám sát; đoàn, phát hiện, khắc phục; tài liệu tải lên; thông báo kết luận .docx.")
@RestController
class InspectionController {

    private static final String COORDINATES = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final Inspections inspections;

    private final InspectionDocuments documents;

    private final ConclusionNotice notice;

    InspectionController(Inspections inspections, InspectionDocuments documents, ConclusionNotice notice) {
        this.inspections = inspections;
        this.documents = documents;
        this.notice = notice;
    }

    @GetMapping("/api/inspections")
    List<Inspection> search(@RequestParam(required = false) String agency,
            @RequestParam(required = false) Inspection.Status status, @RequestParam(required = false) Integer year,
            Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return inspections.search(agency, status, year)
            .stream()
            .filter(inspection -> Inspections.canSee(user, inspection))
            .toList();
    }

    @GetMapping("/api/inspections/{id}")
    Inspection details(@PathVariable long id, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return inspections.find(id)
            .filter(inspection -> Inspections.canSee(user, inspection))
            .orElseThrow(() -> new NotFoundException("Không có cuộc kiểm tra, giám sát số " + id));
    }

    @PostMapping("/api/inspections")
    @PreAuthorize(COORDINATES)
    ResponseEntity<Inspection> open(@RequestBody Inspections.InspectionRequest request, Authentication caller) {
        Inspection opened = inspections.open(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/inspections/" + opened.id())).body(opened);
    }

    /**
     * Names the team and dates of an inspection that waited (the year's plan, the
     * steering committee's order).
     */
    @PostMapping("/api/inspections/{id}/start")
    @PreAuthorize(COORDINATES)
    Inspection start(@PathVariable long id, @RequestBody Inspections.StartRequest request, Authentication caller) {
        details(id, caller);
        return inspections.start(id, request, caller.getName());
    }

    @GetMapping("/api/inspections/{id}/documents")
    List<InspectionDocument> documents(@PathVariable long id, Authentication caller) {
        return documents.list(details(id, caller).id());
    }

    @PostMapping(path = "/api/inspections/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<InspectionDocument> upload(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long findingId, Authentication caller) throws IOException {
        Inspection inspection = details(id, caller);
        if (file == null) {
            throw InvalidInputException.of("file", "Chưa chọn tệp để tải lên");
        }
        InspectionDocument uploaded = documents.upload(inspection, findingId, file.getOriginalFilename(),
                file.getBytes(), caller.getName());
        return ResponseEntity.created(URI.create("/api/inspections/" + id + "/documents/" + uploaded.id()))
            .body(uploaded);
    }

    @GetMapping("/api/inspections/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, Authentication caller) {
        InspectionDocument document = documents.find(details(id, caller).id(), documentId)
            .orElseThrow(() -> new NotFoundException("Cuộc kiểm tra số " + id + " không có tài liệu số " + documentId));
        return download(document.fileName(), MediaType.parseMediaType(document.contentType()),
                documents.content(document))
            .header("X-Checksum-SHA256", document.sha256())
            .build();
    }

    /** The conclusion notice (or recommendations) as a Word document, once signed. */
    @GetMapping("/api/inspections/{id}/conclusion.docx")
    ResponseEntity<byte[]> conclusion(@PathVariable long id, Authentication caller) {
        Inspection inspection = details(id, caller);
        if (inspection.noticeNumber() == null) {
            throw new NotFoundException("Cuộc " + inspection.kind().label().toLowerCase() + " số " + id
                    + " chưa có văn bản " + inspection.kind().outcome() + " được ký");
        }
        byte[] content = notice.of(inspection);
        return download("thong-bao-ket-luan-" + id + ".docx", WordDocuments.DOCX, content).build();
    }

    private static DownloadBuilder download(String fileName, MediaType type, byte[] content) {
        return new DownloadBuilder(ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(type), content);
    }

    /** A download's response, to which a header may still be added. */
    private record DownloadBuilder(ResponseEntity.BodyBuilder builder, byte[] content) {

        DownloadBuilder header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        ResponseEntity<byte[]> build() {
            return builder.body(content);
        }
    }

}
