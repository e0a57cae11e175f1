package cn.tenstrong.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {

    private final AgencyDirectory directory = AgencyDirectory.loadDefault();

    @Test
    void exactNames() {
        AgencyMatch m = directory.resolve("省工业和信息化厅");
        assertThat(m.name()).isEqualTo("省工业和信息化厅");
        assertThat(m.kind()).isEqualTo(AgencyKind.PROVINCE_DEPT);
        assertThat(m.unknown()).isFalse();
        assertThat(directory.resolve("人民银行济南分行").kind()).isEqualTo(AgencyKind.CENTRAL_IN_PROVINCE);
    }

    @Test
    void aliasesIncludingTheSeedTypo() {
        assertThat(directory.resolve("省工信和信息化厅").name()).isEqualTo("省工业和信息化厅");
        assertThat(directory.resolve("省发改委").name()).isEqualTo("省发展改革委");
        assertThat(directory.resolve("省人力资源和社会保障厅").name()).isEqualTo("省人力资源社会保障厅");
    }

    @Test
    void normalisedSpellings() {
        assertThat(directory.resolve(" 省 财政厅\u3000").name()).isEqualTo("省财政厅");
        assertThat(directory.resolve("省衛生健康委").name()).isEqualTo("省卫生健康委");
        assertThat(directory.resolve("省發展改革委").name()).isEqualTo("省发展改革委");
        assertThat(directory.resolve("山东省财政厅").name()).isEqualTo("省财政厅");
        assertThat(directory.resolve("ＡＢＣ局").name()).isEqualTo("ABC局"); // full width folded even when unknown
    }

    @Test
    void placeholdersAreAgenciesOfTheirOwnKind() {
        for (String p : List.of("有关市政府", "省有关部门", "各市政府", "省委海洋委各成员单位")) {
            AgencyMatch m = directory.resolve(p);
            assertThat(m.unknown()).as(p).isFalse();
            assertThat(m.kind()).as(p).isEqualTo(AgencyKind.PLACEHOLDER);
        }
    }

    @Test
    void unknownNamesAreKeptAndFlagged() {
        AgencyMatch m = directory.resolve("省未来产业促进局");
        assertThat(m.unknown()).isTrue();
        assertThat(m.name()).isEqualTo("省未来产业促进局");
        assertThat(m.raw()).isEqualTo("省未来产业促进局");
    }

    @Test
    void builtFromRowsWithoutTheFile() {
        AgencyDirectory small = new AgencyDirectory(List.of(
                new Agency("省大数据局", AgencyKind.PROVINCE_DEPT, List.of("省大数据中心"))));
        assertThat(small.resolve("省大数据中心").name()).isEqualTo("省大数据局");
        assertThat(small.resolve("省财政厅").unknown()).isTrue();
        assertThat(small.agencies()).hasSize(1);
    }

    @Test
    void defaultFileHasEveryKind() {
        assertThat(directory.agencies()).extracting(Agency::kind).contains(AgencyKind.values());
        assertThat(directory.find("省工业和信息化厅")).isPresent();
    }
}
