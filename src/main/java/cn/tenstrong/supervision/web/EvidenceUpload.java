package cn.tenstrong.supervision.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.supervision.NewEvidence;
import org.springframework.web.multipart.MultipartFile;

/** 佐证材料 as a form sends them: an uploaded file, a named link, both or neither. */
final class EvidenceUpload {

    private EvidenceUpload() {
    }

    static List<NewEvidence> of(MultipartFile file, String linkName, String url) throws IOException {
        List<NewEvidence> list = new ArrayList<>();
        if (file != null && !file.isEmpty()) {
            list.add(NewEvidence.file(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        }
        if (!url.isBlank()) {
            list.add(NewEvidence.link(linkName, url));
        }
        return list;
    }
}
