package cn.tenstrong.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * 申报材料: files a declaration carries. The subject's organisation adds and removes them during 申报, the 专班 until
 * 公示; from 公示 on they are locked. They are read by the subject's organisation, the city bureau that reviews it,
 * its assigned reviewers and the 专班. Type and size limits are settings ({@code platform.evaluation.evidence}).
 */
public interface EvaluationEvidence {

    /** A file without its content. */
    record EvidenceFile(long id, long subjectId, String name, String contentType, long size, String uploadedBy,
                        Instant uploadedAt) {
    }

    /** A file with its content, for download. */
    record EvidenceContent(String name, String contentType, byte[] content) {
    }

    EvidenceFile upload(long roundId, long subjectId, String fileName, byte[] content);

    List<EvidenceFile> files(long roundId, long subjectId);

    EvidenceContent download(long roundId, long subjectId, long evidenceId);

    void delete(long roundId, long subjectId, long evidenceId);

    /** Whether the caller may add or remove files of the subject now (stage and rights). */
    boolean canChange(long roundId, long subjectId);
}
