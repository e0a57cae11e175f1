package cn.tenstrong.audit.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log in Chinese: every action and entity type the code records has a label; changes read as fields. */
class AuditLabelsTest {

    private final AuditLabels labels = new AuditLabels();

    @Test
    void everyRecordedActionAndEntityTypeHasAChineseLabel() throws IOException {
        Pattern call = Pattern.compile("(?:record|recordAs)\\((?:[^,]+, )?\"([A-Z_]+)\", \"([a-z]+\\.[a-z_-]+)\"");
        Pattern entity = Pattern.compile("ENTITY = \"([a-z]+\\.[a-z_-]+)\"");
        Set<String> actions = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = call.matcher(text);
                while (m.find()) {
                    actions.add(m.group(1));
                    entities.add(m.group(2));
                }
                Matcher e = entity.matcher(text);
                while (e.find()) {
                    entities.add(e.group(1));
                }
            }
        }
        assertThat(actions).isNotEmpty();
        assertThat(labels.actions().keySet()).containsAll(actions);
        assertThat(labels.entities().keySet()).containsAll(entities);
    }

    @Test
    void changesAreListedFieldByFieldWithChineseNames() {
        assertThat(labels.changes("{\"name\":\"甲\",\"version\":1,\"kind\":\"PARK\"}", "{\"name\":\"乙\",\"version\":2,\"kind\":\"PARK\"}"))
                .containsExactly(new AuditLabels.Change("名称", "甲", "乙"), new AuditLabels.Change("版本", "1", "2"));
        assertThat(labels.changes(null, "{\"stage\":\"SIGNED\"}")).containsExactly(new AuditLabels.Change("阶段", "", "SIGNED"));
    }

    @Test
    void aChineseSearchWordStandsForEveryCodeItNames() {
        assertThat(AuditLabels.codes(labels.entities(), "项目")).contains("project.project", "project.report",
                "project.duplicate", "enterprise.chain-project").doesNotContain("targeting.lead");
        assertThat(AuditLabels.codes(labels.actions(), "登录失败")).containsExactly("LOGIN_FAILURE");
        assertThat(AuditLabels.codes(labels.entities(), " ")).isNull();
        assertThat(AuditLabels.codes(labels.entities(), "ledger.round")).containsExactly("ledger.round");
    }
}
