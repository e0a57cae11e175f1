package cn.tenstrong.evaluation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.evaluation.EvaluationEvidence;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.EvidenceRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报材料 stored in {@code evaluation_evidence} (bytea, as the ledger keeps its evidence). A file is accepted when its
 * extension is one of the configured types and, for the types with a known signature, its first bytes match it (a
 * renamed executable is not a PDF); it is served back only as an attachment with the type its extension names.
 */
@Service
@Transactional(readOnly = true)
class EvidenceService implements EvaluationEvidence {

    /** The leading bytes of the file types the platform recognises; other configured types are taken by name. */
    private static final Map<String, List<byte[]>> SIGNATURES = Map.of(
            "pdf", List.of(bytes(0x25, 0x50, 0x44, 0x46)),
            "ofd", List.of(bytes(0x50, 0x4B, 0x03, 0x04)),
            "docx", List.of(bytes(0x50, 0x4B, 0x03, 0x04)),
            "xlsx", List.of(bytes(0x50, 0x4B, 0x03, 0x04)),
            "zip", List.of(bytes(0x50, 0x4B, 0x03, 0x04), bytes(0x50, 0x4B, 0x05, 0x06)),
            "doc", List.of(bytes(0xD0, 0xCF, 0x11, 0xE0)),
            "xls", List.of(bytes(0xD0, 0xCF, 0x11, 0xE0)),
            "jpg", List.of(bytes(0xFF, 0xD8, 0xFF)),
            "jpeg", List.of(bytes(0xFF, 0xD8, 0xFF)),
            "png", List.of(bytes(0x89, 0x50, 0x4E, 0x47)));
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "ofd", "application/ofd",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip", "application/zip",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    private final EvaluationRows rows;
    private final CurrentUsers users;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final EvaluationProperties.Evidence limits;

    EvidenceService(EvaluationRows rows, CurrentUsers users, RoundAccess access, AuditTrail audit,
                    EvaluationProperties properties) {
        this.rows = rows;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.limits = properties.evidence();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private record Target(RoundRow round, SubjectRow subject) {
    }

    private Target target(long roundId, long subjectId) {
        RoundRow round = rows.round(roundId).orElseThrow(() -> DomainException.notFound("评价轮次不存在：" + roundId));
        SubjectRow s = rows.subject(roundId, subjectId).orElseThrow(() ->
                DomainException.notFound("参评对象不存在：" + subjectId));
        return new Target(round, s);
    }

    private boolean mayRead(CurrentUser me, long roundId, SubjectRow s) {
        return RoundAccess.runsRounds(me) || RoundAccess.owns(me, s) || access.inCity(me, s)
                || rows.assignments(roundId).stream()
                .anyMatch(a -> a.subjectId() == s.id() && a.reviewer().equals(me.username()));
    }

    private Target readable(long roundId, long subjectId) {
        CurrentUser me = users.require();
        Target t = target(roundId, subjectId);
        if (!mayRead(me, roundId, t.subject())) {
            throw DomainException.forbidden("只有参评对象所属单位、所在市的初审部门、其评审专家和专班可以查看申报材料");
        }
        return t;
    }

    /** Null when the caller may change the files now, else the refusal (a locked stage is a conflict). */
    private static DomainException refusal(CurrentUser me, Target t) {
        RoundStage stage = RoundStage.valueOf(t.round().stage());
        if (stage.ordinal() >= RoundStage.PUBLICITY.ordinal()) {
            return DomainException.conflict("评价结果已公示，申报材料已锁定");
        }
        if (!RoundAccess.declares(me, t.subject())) {
            return DomainException.forbidden("只有参评对象所属单位或专班可以修改“" + t.subject().name() + "”的申报材料");
        }
        if (!RoundAccess.runsRounds(me) && stage != RoundStage.DECLARING) {
            return DomainException.conflict("申报阶段已结束，申报材料只能由专班修改");
        }
        return null;
    }

    private Target changeable(long roundId, long subjectId) {
        CurrentUser me = users.require();
        Target t = target(roundId, subjectId);
        DomainException refused = refusal(me, t);
        if (refused != null) {
            throw refused;
        }
        return t;
    }

    @Override
    public boolean canChange(long roundId, long subjectId) {
        return users.current().map(me -> refusal(me, target(roundId, subjectId)) == null).orElse(false);
    }

    @Override
    @Transactional
    public EvidenceFile upload(long roundId, long subjectId, String fileName, byte[] content) {
        Target t = changeable(roundId, subjectId);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "请选择要上传的文件");
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw DomainException.invalid("file", "申报材料不能超过" + megabytes(limits.maxSize().toBytes()));
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("file", "文件名应为1到200个字符");
        }
        if (!limits.types().contains(ext)) {
            throw DomainException.invalid("file", "不支持的文件类型“" + (ext.isEmpty() ? name : ext) + "”，可上传："
                    + String.join("、", limits.types()));
        }
        List<byte[]> signatures = SIGNATURES.get(ext);
        if (signatures != null && signatures.stream().noneMatch(sig -> startsWith(content, sig))) {
            throw DomainException.invalid("file", "文件内容与扩展名“" + ext + "”不符");
        }
        if (rows.evidence(subjectId).size() >= limits.maxFilesPerSubject()) {
            throw DomainException.invalid("file", "每个参评对象最多上传" + limits.maxFilesPerSubject() + "个申报材料");
        }
        String type = TYPES.getOrDefault(ext, "application/octet-stream");
        long id = rows.insertEvidence(subjectId, name, type, content, users.require().username());
        EvidenceFile file = files(t.subject()).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        audit.record("ADD_EVIDENCE", "evaluation.evidence", String.valueOf(id), null, Map.of("subject",
                t.subject().name(), "name", name, "size", content.length, "round", roundId));
        return file;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
    }

    @Override
    public List<EvidenceFile> files(long roundId, long subjectId) {
        return files(readable(roundId, subjectId).subject());
    }

    private List<EvidenceFile> files(SubjectRow s) {
        return rows.evidence(s.id()).stream().map(EvidenceService::file).toList();
    }

    private static EvidenceFile file(EvidenceRow r) {
        return new EvidenceFile(r.id(), r.subjectId(), r.name(), r.contentType(), r.size(), r.uploadedBy(),
                r.uploadedAt());
    }

    @Override
    public EvidenceContent download(long roundId, long subjectId, long evidenceId) {
        Target t = readable(roundId, subjectId);
        EvidenceFile f = files(t.subject()).stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> DomainException.notFound("申报材料不存在：" + evidenceId));
        byte[] content = rows.evidenceContent(subjectId, evidenceId)
                .orElseThrow(() -> DomainException.notFound("申报材料不存在：" + evidenceId));
        return new EvidenceContent(f.name(), f.contentType(), content);
    }

    @Override
    @Transactional
    public void delete(long roundId, long subjectId, long evidenceId) {
        Target t = changeable(roundId, subjectId);
        EvidenceFile f = files(t.subject()).stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> DomainException.notFound("申报材料不存在：" + evidenceId));
        rows.deleteEvidence(subjectId, evidenceId);
        audit.record("DELETE", "evaluation.evidence", String.valueOf(evidenceId), Map.of("subject",
                t.subject().name(), "name", f.name(), "size", f.size(), "round", roundId), null);
    }
}
