package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.ProfileRows.StoredProfile;
import cn.tenstrong.ledger.persistence.ProfileRows.TargetPlace;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.plan.Qualifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 进度曲线 follows its target across plan revisions (new target ids, same place) and item successions (a renumbered
 * item), like reported values do; the latest set wins when several land on one target.
 */
class ProfileCarryOverTest {

    private static final List<BigDecimal> SHARES = ProfileCurve.shares(
            ProfileCurve.validate(List.of(bd(10), bd(20), bd(30), bd(40), bd(50), bd(60), bd(70), bd(80), bd(90), bd(95),
                    bd(98), bd(100)), 12, java.time.LocalDate.of(2022, 12, 31)));

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static ItemContext item(long itemId, long firstTargetId) {
        return item(itemId, firstTargetId, "GOAL|一|一");
    }

    private static ItemContext item(long itemId, long firstTargetId, String key) {
        PlanItemView.TargetView a = new PlanItemView.TargetView(firstTargetId, "营业收入1万亿元", null, new BigDecimal("1E12"),
                null, null, "元", Qualifier.MIN);
        PlanItemView.TargetView b = new PlanItemView.TargetView(firstTargetId + 1, "5G基站16万个", null, new BigDecimal("160000"),
                null, null, "个", Qualifier.MIN);
        PlanItemView view = new PlanItemView(itemId, 1, null, 1, key, ItemKind.GOAL, "一", "一", "一", null, null,
                "到2022年…", null, List.of(), List.of(), List.of(a, b), List.of());
        PlanSummary plan = new PlanSummary(1, "01", "新一代信息技术", "计划", 2022, 2, "ACTIVE", 1, 0, 0, 2, 0, "plan.txt",
                Instant.EPOCH);
        return new ItemContext(view, plan);
    }

    @Test
    void aProfileSetOnAnEarlierRevisionAppliesToTheTargetInTheSamePlace() {
        // set on revision 1's second target (id 11); revision 2 has the same item with targets 21 and 22
        StoredProfile stored = new StoredProfile(11, new TargetPlace("01", 2022, "GOAL|一|一", 2), SHARES, "zhuanban",
                Instant.EPOCH, 3);
        Map<Long, List<BigDecimal>> resolved = LedgerInputs.profilesByTarget(List.of(item(200, 21)), List.of(stored), ItemLineage.NONE);
        assertThat(resolved).containsOnlyKeys(22L);
        assertThat(resolved.get(22L)).isEqualTo(SHARES);
    }

    @Test
    void aProfileStoredWithoutItsPlaceAppliesToItsOwnTargetOnly() {
        StoredProfile legacy = new StoredProfile(21, null, SHARES, "zhuanban", Instant.EPOCH, 1);
        assertThat(LedgerInputs.profilesByTarget(List.of(item(200, 21)), List.of(legacy), ItemLineage.NONE)).containsOnlyKeys(21L);
        assertThat(LedgerInputs.profilesByTarget(List.of(item(300, 31)), List.of(legacy), ItemLineage.NONE)).isEmpty();
    }

    @Test
    void aProfileFollowsARenumberedItemAndTheLatestOneWins() {
        Instant set = Instant.parse("2022-03-01T00:00:00Z");
        Instant decided = Instant.parse("2022-04-01T00:00:00Z");
        // 一.一 became 一.二 on a revision decided in April; the curve was set on 一.一's first target in March
        ItemLineage lineage = ItemLineage.of(List.of(new ItemSuccession(1, 1, "01", 2022, 1, 100, "GOAL|一|一", "一.一", 2,
                200, "GOAL|一|二", "一.二", 0.9, true, "zhuanban", decided)));
        StoredProfile moved = new StoredProfile(11, new TargetPlace("01", 2022, "GOAL|一|一", 1), SHARES, "zhuanban", set, 1);
        assertThat(LedgerInputs.profilesByTarget(List.of(item(200, 21, "GOAL|一|二")), List.of(moved), lineage))
                .containsOnlyKeys(21L);
        // an older curve stored at 一.二 itself is superseded by the one that moved there
        List<BigDecimal> older = ProfileCurve.shares(ProfileCurve.linear(2022, java.time.LocalDate.of(2022, 12, 31)));
        StoredProfile stale = new StoredProfile(15, new TargetPlace("01", 2022, "GOAL|一|二", 1), older, "admin",
                Instant.parse("2022-02-01T00:00:00Z"), 2);
        ProfilesInForce inForce = ProfilesInForce.of(List.of(stale, moved), lineage);
        TargetPlace place = new TargetPlace("01", 2022, "GOAL|一|二", 1);
        assertThat(inForce.of(place, 21)).contains(moved);
        assertThat(inForce.all(place, 21)).containsExactly(stale, moved);
        // a curve set on the old key after the succession was decided stays there
        StoredProfile later = new StoredProfile(12, new TargetPlace("01", 2022, "GOAL|一|一", 1), SHARES, "zhuanban",
                Instant.parse("2022-05-01T00:00:00Z"), 1);
        assertThat(ProfilesInForce.of(List.of(later), lineage).of(place, 21)).isEmpty();
    }
}
