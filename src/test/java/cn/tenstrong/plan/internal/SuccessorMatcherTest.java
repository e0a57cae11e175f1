package cn.tenstrong.plan.internal;

import java.util.List;
import java.util.Set;

import cn.tenstrong.plan.internal.SuccessorMatcher.Candidate;
import cn.tenstrong.plan.internal.SuccessorMatcher.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposing successors for the items a revision removes (texts from the seed's 高端装备 plan). */
class SuccessorMatcherTest {

    private static final String RONGLIAN_HEADING = "常态化开展重点产业链“专精特新”企业融链固链行动等活动";
    private static final String RONGLIAN = "开展3次以上企业融链固链行动,推动企业卡位入链,促进产业链上下游大中小企业融通发展。"
            + "依托各产业链联盟秘书处,联合高端装备产业协会、山东省机械设计研究院等机构协会,对产业链内企业进行实地走访,"
            + "征集关键共性技术需求、高层次技术专家需求、高校科研机构对接需求、实训需求等各类需求100项以上,全力服务产业链发展。";
    private static final String PILOT = "主动融入国家智能制造试点示范行动等战略部署,积极对标先进,研究制定省级智能工厂认定管理办法,"
            + "加快构建“市级-省级-国家级”智能工厂梯次培育体系,每年在装备制造领域培育建设30个以上智能工厂(场景和数字化车间),"
            + "形成一批智能制造地方标准,探索推广一批智能制造新模式。";
    private static final String FIRST_SET = "2022年,发布首台(套)产品应用推广指导目录,引导企业开展产品攻关。围绕高端装备重点领域,"
            + "认定首台(套)技术装备100项以上,落实首台(套)保险补偿政策,推动首台(套)产品示范应用。";

    private static final Set<String> GXT = Set.of("省工业和信息化厅");

    @Test
    void aRenumberedItemIsFoundAndAnUnrelatedAddedItemIsLeftAlone() {
        Candidate old7 = item("TASK|二|二|7|", RONGLIAN_HEADING, RONGLIAN, GXT, Set.of("3次以上", "100项以上"));
        // moved to the end of section 七 as 23, one clause reworded
        Candidate new23 = item("TASK|二|七|23|", RONGLIAN_HEADING, RONGLIAN.replace("开展3次以上", "全年开展3次以上")
                .replace("全力服务产业链发展", "全力服务产业链高质量发展"), GXT, Set.of("3次以上", "100项以上"));
        Candidate new24 = item("TASK|二|七|24|", "加强产业安全监测预警", "建立重点产业链供应链安全监测预警机制,"
                + "定期发布风险提示,做好重点企业原材料保供稳价工作。", Set.of("省发展改革委"), Set.of());

        List<Pair> pairs = SuccessorMatcher.propose(List.of(old7), List.of(new24, new23));

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.from().key()).isEqualTo("TASK|二|二|7|");
            assertThat(p.to().key()).isEqualTo("TASK|二|七|23|");
            assertThat(p.similarity()).isGreaterThan(0.9).isLessThan(1.0);
        });
        assertThat(SuccessorMatcher.similarity(old7, new24)).isLessThan(SuccessorMatcher.THRESHOLD);
    }

    @Test
    void aRemovedItemWithoutASimilarAddedItemStaysUnpaired() {
        Candidate old21 = item("TASK|二|七|21|", "开展智能制造试点示范", PILOT, GXT, Set.of("30个以上"));
        Candidate unrelated = item("TASK|二|五|23|", "加大首台(套)重大技术装备应用力度", FIRST_SET, GXT, Set.of("100项以上"));

        assertThat(SuccessorMatcher.propose(List.of(old21), List.of(unrelated))).isEmpty();
        assertThat(SuccessorMatcher.propose(List.of(old21), List.of())).isEmpty();
        assertThat(SuccessorMatcher.propose(List.of(), List.of(unrelated))).isEmpty();
    }

    @Test
    void aSplitItemKeepsTheMoreSimilarHalfAsItsSingleSuccessor() {
        Candidate old7 = item("TASK|二|二|7|", RONGLIAN_HEADING, RONGLIAN, GXT, Set.of("3次以上", "100项以上"));
        // the task is split in two: the 融链固链 actions (most of the text) and the needs survey
        Candidate actions = item("TASK|二|二|7|1", RONGLIAN_HEADING, "开展3次以上企业融链固链行动,推动企业卡位入链,"
                + "促进产业链上下游大中小企业融通发展。依托各产业链联盟秘书处,联合高端装备产业协会、山东省机械设计研究院等机构协会,"
                + "对产业链内企业进行实地走访。", GXT, Set.of("3次以上"));
        Candidate survey = item("TASK|二|二|7|2", "征集产业链需求", "征集关键共性技术需求、高层次技术专家需求、高校科研机构对接需求、"
                + "实训需求等各类需求100项以上。", GXT, Set.of("100项以上"));

        List<Pair> pairs = SuccessorMatcher.propose(List.of(old7), List.of(survey, actions));

        assertThat(pairs).singleElement().satisfies(p -> assertThat(p.to().key()).isEqualTo("TASK|二|二|7|1"));
    }

    @Test
    void mergedItemsGiveTheNewItemToTheMoreSimilarOneOnly() {
        Candidate old21 = item("TASK|二|七|21|", "开展智能制造试点示范", PILOT, GXT, Set.of("30个以上"));
        Candidate old22 = item("TASK|二|七|22|", "打造装备制造用数赋智良好生态", "高水平建设工业互联网,纵深推进“万项技改、万企转型”。"
                + "大力推动智能制造装备产业集群建设,支持有条件的市积极争创国家智能制造先行区。", GXT, Set.of());
        // 21 and 22 merged into one task: all of 21, a sentence of 22
        Candidate merged = item("TASK|二|七|21|1", "开展智能制造试点示范", PILOT + "支持有条件的市积极争创国家智能制造先行区。",
                GXT, Set.of("30个以上"));

        List<Pair> pairs = SuccessorMatcher.propose(List.of(old21, old22), List.of(merged));

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.from().key()).isEqualTo("TASK|二|七|21|");
            assertThat(p.to().key()).isEqualTo("TASK|二|七|21|1");
        });
    }

    @Test
    void equallySimilarCandidatesAreToldApartBySharedTargetsThenAgencies() {
        Candidate old = item("GOAL|一|三|三|", "产业生态", "培育营业收入过百亿元企业", GXT, Set.of("5家以上"));
        Candidate sameAgencies = item("GOAL|一|四|四|", "产业生态", "培育营业收入过百亿元企业", GXT, Set.of("8家以上"));
        Candidate sameTargets = item("GOAL|一|五|五|", "产业生态", "培育营业收入过百亿元企业", Set.of("省发展改革委"),
                Set.of("5家以上"));
        assertThat(SuccessorMatcher.propose(List.of(old), List.of(sameAgencies, sameTargets)))
                .singleElement().satisfies(p -> assertThat(p.to().key()).isEqualTo("GOAL|一|五|五|"));

        Candidate otherAgency = item("GOAL|一|六|六|", "产业生态", "培育营业收入过百亿元企业", Set.of("省财政厅"), Set.of("5家以上"));
        Candidate both = item("GOAL|一|七|七|", "产业生态", "培育营业收入过百亿元企业", GXT, Set.of("5家以上"));
        assertThat(SuccessorMatcher.propose(List.of(old), List.of(otherAgency, both)))
                .singleElement().satisfies(p -> assertThat(p.to().key()).isEqualTo("GOAL|一|七|七|"));
    }

    @Test
    void punctuationAndSpacingDoNotCount() {
        assertThat(SuccessorMatcher.similarity("推进元宇宙前瞻布局。抢抓“风口”", "推进 元宇宙 前瞻布局,抢抓风口")).isEqualTo(1.0);
        assertThat(SuccessorMatcher.similarity("", "")).isZero();
    }

    private static Candidate item(String key, String heading, String text, Set<String> agencies, Set<String> targets) {
        return new Candidate(key, heading, text, agencies, targets);
    }
}
