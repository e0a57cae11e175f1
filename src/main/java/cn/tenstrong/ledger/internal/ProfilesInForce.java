package cn.tenstrong.ledger.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.ledger.persistence.ProfileRows.StoredProfile;
import cn.tenstrong.ledger.persistence.ProfileRows.TargetPlace;

/**
 * Which stored 进度曲线 applies to a target now. A profile is stored with the place of the target it was set on
 * (industry, year, item key, target number); like a report, it follows the item successions (条目衔接) accepted after
 * it was set, so a renumbered or moved item keeps its curve. When several land on one place the latest set wins.
 * A profile stored before places were recorded applies to its own target only. Pure.
 */
final class ProfilesInForce {

    private final Map<TargetPlace, List<StoredProfile>> byPlace;
    private final Map<Long, StoredProfile> byTarget;

    private ProfilesInForce(Map<TargetPlace, List<StoredProfile>> byPlace, Map<Long, StoredProfile> byTarget) {
        this.byPlace = byPlace;
        this.byTarget = byTarget;
    }

    static ProfilesInForce of(List<StoredProfile> stored, ItemLineage lineage) {
        Map<TargetPlace, List<StoredProfile>> byPlace = new HashMap<>();
        Map<Long, StoredProfile> byTarget = new HashMap<>();
        for (StoredProfile p : stored) {
            TargetPlace at = p.place();
            if (at == null) {
                byTarget.put(p.targetId(), p);
                continue;
            }
            TargetPlace now = new TargetPlace(at.industryCode(), at.planYear(),
                    lineage.current(at.industryCode(), at.planYear(), at.itemKey(), p.setAt()), at.targetSeq());
            byPlace.computeIfAbsent(now, k -> new ArrayList<>()).add(p);
        }
        Map<TargetPlace, List<StoredProfile>> sorted = new HashMap<>();
        byPlace.forEach((k, v) -> sorted.put(k, v.stream()
                .sorted(Comparator.comparing(StoredProfile::setAt).thenComparingLong(StoredProfile::targetId)).toList()));
        return new ProfilesInForce(Map.copyOf(sorted), Map.copyOf(byTarget));
    }

    /** The profile in force for the target with this id at this place. */
    Optional<StoredProfile> of(TargetPlace place, long targetId) {
        List<StoredProfile> candidates = byPlace.getOrDefault(place, List.of());
        if (!candidates.isEmpty()) {
            return Optional.of(candidates.get(candidates.size() - 1));
        }
        return Optional.ofNullable(byTarget.get(targetId));
    }

    /** Every stored profile that lands on the target (the one in force and those it supersedes). */
    List<StoredProfile> all(TargetPlace place, long targetId) {
        List<StoredProfile> out = new ArrayList<>(byPlace.getOrDefault(place, List.of()));
        StoredProfile own = byTarget.get(targetId);
        if (own != null) {
            out.add(own);
        }
        return out;
    }
}
