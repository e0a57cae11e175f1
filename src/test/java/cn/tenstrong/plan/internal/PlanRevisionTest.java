package cn.tenstrong.plan.internal;

import java.util.List;

import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportPreview.Action;
import cn.tenstrong.plan.ImportPreview.ItemChange;
import cn.tenstrong.plan.ImportPreview.PlanChange;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.SuccessionChoice;
import cn.tenstrong.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The revision of a plan without a database: the item diff, the proposed successions, the importer's choice. */
class PlanRevisionTest {

    private static final String KEPT = "推进重点产业链链长制,建立链主企业培育库,每年遴选一批链主企业给予重点支持。";
    private static final String RONGLIAN = "开展3次以上企业融链固链行动,推动企业卡位入链,促进产业链上下游大中小企业融通发展,"
            + "征集关键共性技术需求、高层次技术专家需求、高校科研机构对接需求等各类需求100项以上。";
    private static final String SAFETY = "建立重点产业链供应链安全监测预警机制,定期发布风险提示,做好重点企业原材料保供稳价工作。";

    private final List<PlanItemView> stored = List.of(
            view(1, "1", KEPT), view(2, "2", RONGLIAN), view(3, "3", "加快建设一批省级制造业创新中心。"));

    @Test
    void theDiffListsChangedAndAddedItemsInOrderAndRemovedItemsLast() {
        PlanRevision r = PlanRevision.of(stored, List.of(item("1", KEPT), item("3", "加快建设一批国家级制造业创新中心。"),
                item("7", RONGLIAN.replace("开展3次以上", "全年开展3次以上")), item("8", SAFETY)));

        assertThat(r.changes()).extracting(ItemChange::itemKey, ItemChange::label, ItemChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TASK|二|一|3|", "二.一.3", ImportPreview.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("TASK|二|一|7|", "二.一.7", ImportPreview.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("TASK|二|一|8|", "二.一.8", ImportPreview.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("TASK|二|一|2|", "二.一.2", ImportPreview.Kind.REMOVED));
        assertThat(r.changes().get(0).before()).contains("省级");
        assertThat(r.changes().get(0).after()).contains("国家级");
        assertThat(r.added()).extracting(ImportPreview.ItemRef::itemKey).containsExactly("TASK|二|一|7|", "TASK|二|一|8|");
        // the renumbered item is proposed as the removed one's successor, not the unrelated new one
        assertThat(r.successions()).singleElement().satisfies(s -> {
            assertThat(s.from().itemKey()).isEqualTo("TASK|二|一|2|");
            assertThat(s.to().itemKey()).isEqualTo("TASK|二|一|7|");
            assertThat(s.similarity()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void anIdenticalVersionChangesNothing() {
        PlanRevision r = PlanRevision.of(stored, List.of(item("1", KEPT), item("2", RONGLIAN),
                item("3", "加快建设一批省级制造业创新中心。")));

        assertThat(r.changes()).isEmpty();
        assertThat(r.successions()).isEmpty();
        assertThat(r.added()).isEmpty();
    }

    @Test
    void theImportersChoiceIsCheckedAgainstTheRevision() {
        PlanRevision r = PlanRevision.of(stored, List.of(item("1", KEPT), item("3", "加快建设一批省级制造业创新中心。"),
                item("7", RONGLIAN.replace("开展3次以上", "全年开展3次以上")), item("8", SAFETY)));
        ImportPreview preview = new ImportPreview(1, 0, "计划.docx", false, List.of(new PlanChange(0, "行动计划", "01",
                "高端装备", 2026, Action.REVISED, 5L, 4, r.changes(), r.successions(), r.added())), List.of(), List.of(),
                null);

        // no mapping sent: the proposals stand
        assertThat(PlanRevision.choose(preview, null).get(0)).singleElement()
                .satisfies(c -> assertThat(c.proposed()).isTrue());
        // another added item chosen: its similarity is computed, the proposal is reported as dropped
        var chosen = PlanRevision.choose(preview, List.of(new SuccessionChoice(0, "TASK|二|一|2|", "TASK|二|一|8|")));
        assertThat(chosen.get(0)).singleElement().satisfies(c -> {
            assertThat(c.to().itemKey()).isEqualTo("TASK|二|一|8|");
            assertThat(c.proposed()).isFalse();
            assertThat(c.similarity()).isLessThan(r.successions().get(0).similarity());
        });
        assertThat(PlanRevision.dropped(preview, chosen)).containsExactly("二.一.2 → 二.一.7");
        // an item the revision did not remove, or a successor that was not added, is refused
        assertThatThrownBy(() -> PlanRevision.choose(preview, List.of(new SuccessionChoice(0, "TASK|二|一|1|", null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("不是“行动计划”本次修订删除的条目");
        assertThatThrownBy(() -> PlanRevision.choose(preview,
                List.of(new SuccessionChoice(0, "TASK|二|一|2|", "TASK|二|一|1|"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("不是“行动计划”本次修订新增的条目");
    }

    private static PlanItem item(String number, String text) {
        return new PlanItem(ItemKind.TASK, "二", "一", number, null, null, text, List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private static PlanItemView view(long id, String number, String text) {
        return new PlanItemView(id, 5, null, (int) id, "TASK|二|一|" + number + "|", ItemKind.TASK, "二", "一", number,
                null, null, text, null, List.of(), List.of(), List.of(), List.of());
    }
}
