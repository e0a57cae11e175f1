package cn.tenstrong.evaluation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 申报材料: the park uploads to its own declaration and nobody else's; type, content and size are checked; the
 * subject's city bureau, its assigned reviewer and the 专班 read the files, an unassigned account and a leader do
 * not; after 申报 only the 专班 changes them, after 公示 nobody; the API serves the same files.
 */
class EvaluationEvidenceTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationEvidence evidence;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void uploadDownloadAndScope() {
        AsUser as = as();
        long ownOrg = as.call("park", () -> users.require().organizationId());
        Organization other = orgs.findByName("材料测试经济开发区管理委员会").orElseGet(() -> as.call("admin", () ->
                orgs.registerUnknown("材料测试经济开发区管理委员会", OrganizationKind.PARK)));
        long id = as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null, "申报材料测试轮次", 2030,
                false, List.of(new NewRound.Subject(String.valueOf(ownOrg), "材料测试济南园区", null, ownOrg),
                new NewRound.Subject(String.valueOf(other.id()), "材料测试其他园区", null, other.id()))))).id();
        List<RoundSubject> subjects = as.call("zhuanban", () -> rounds.subjects(id));
        long own = subjects.get(0).id();
        long foreign = subjects.get(1).id();

        EvaluationEvidence.EvidenceFile file = as.call("park", () -> evidence.upload(id, own, "园区营业收入证明.pdf", PDF));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(PDF.length);
        assertThat(file.uploadedBy()).isEqualTo("park");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ADD_EVIDENCE' and entity_type = "
                + "'evaluation.evidence' and entity_id = :id").param("id", String.valueOf(file.id()))
                .query(Long.class).single()).isEqualTo(1);

        // refused: another park's declaration, a type not allowed, content not matching the name, too large
        assertThatThrownBy(() -> as.call("park", () -> evidence.upload(id, foreign, "证明.pdf", PDF)))
                .isInstanceOf(DomainException.class).hasMessageContaining("所属单位或专班");
        assertThatThrownBy(() -> as.call("park", () -> evidence.upload(id, own, "脚本.exe", PDF)))
                .hasMessageContaining("不支持的文件类型“exe”");
        assertThatThrownBy(() -> as.call("park", () -> evidence.upload(id, own, "伪装.pdf",
                "MZ this is no pdf".getBytes(StandardCharsets.US_ASCII)))).hasMessage("文件内容与扩展名“pdf”不符");
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        assertThatThrownBy(() -> as.call("park", () -> evidence.upload(id, own, "大文件.pdf", large)))
                .hasMessage("申报材料不能超过1 MB");

        // who reads: the park, 济南's city bureau, the 专班, the assigned reviewer; not an unassigned one, not a leader
        for (String reader : List.of("park", "city", "zhuanban")) {
            assertThat(as.call(reader, () -> evidence.download(id, own, file.id())).content()).as(reader)
                    .isEqualTo(PDF);
        }
        assertThatThrownBy(() -> as.call("agency", () -> evidence.files(id, own)))
                .isInstanceOf(DomainException.class).hasMessageContaining("评审专家");
        assertThatThrownBy(() -> as.call("leader", () -> evidence.download(id, own, file.id())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as.call("park", () -> evidence.files(id, foreign)))
                .isInstanceOf(DomainException.class);

        // after 申报 the park no longer changes its files, the 专班 still does
        as.call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        assertThat(as.call("park", () -> evidence.canChange(id, own))).isFalse();
        assertThatThrownBy(() -> as.call("park", () -> {
            evidence.delete(id, own, file.id());
            return null;
        })).hasMessageContaining("申报阶段已结束");
        EvaluationEvidence.EvidenceFile extra = as.call("zhuanban", () -> evidence.upload(id, own, "补充材料.pdf", PDF));
        as.call("zhuanban", () -> {
            evidence.delete(id, own, extra.id());
            return null;
        });
        assertThat(as.call("park", () -> evidence.files(id, own))).extracting(EvaluationEvidence.EvidenceFile::name)
                .containsExactly("园区营业收入证明.pdf");

        // the assigned reviewer reads it in 专家评审
        as.call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        as.call("zhuanban", () -> {
            rounds.assign(id, own, "agency");
            return null;
        });
        assertThat(as.call("agency", () -> evidence.download(id, own, file.id())).name()).isEqualTo("园区营业收入证明.pdf");

        // the API serves the same file and refuses an unassigned reader
        Http http = new Http(baseUrl());
        java.util.Map<String, String> passwords = demoPasswords();
        String path = "/api/evaluations/rounds/" + id + "/subjects/" + own + "/evidence";
        HttpResponse<String> list = http.get(path, "agency", passwords.get("agency"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("园区营业收入证明.pdf");
        assertThat(http.getBytes(path + "/" + file.id(), "agency", passwords.get("agency"))).isEqualTo(PDF);
        HttpResponse<String> uploaded = http.upload(path, "zhuanban", passwords.get("zhuanban"), "api.pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        // after 公示 the files are locked, still readable
        as.call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        assertThatThrownBy(() -> as.call("zhuanban", () -> evidence.upload(id, own, "迟到材料.pdf", PDF)))
                .hasMessage("评价结果已公示，申报材料已锁定");
        HttpResponse<String> locked = http.send("DELETE", path + "/" + file.id(), "zhuanban",
                passwords.get("zhuanban"), null);
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(locked.body()).contains("已锁定");
        assertThat(as.call("city", () -> evidence.files(id, own))).hasSize(2);
    }
}
