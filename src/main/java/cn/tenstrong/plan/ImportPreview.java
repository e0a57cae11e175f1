package cn.tenstrong.plan;

import java.util.List;

/**
 * 导入预览: what committing a draft would do, plan by plan, before anything is stored.
 *
 * @param alreadyImported the very same file was imported before; committing changes nothing
 */
public record ImportPreview(long draftId, int draftVersion, String fileName, boolean alreadyImported,
                            List<PlanChange> plans, List<String> warnings, List<String> unknownAgencies,
                            ParsedDocument document) {

    /**
     * What happens to one plan of the document.
     *
     * @param successions for a revision: every removed item (its key is gone) with the added item proposed to
     *                    continue it in the ledger ({@link Succession#to()} null when none is similar enough)
     * @param addedItems  for a revision: the added items, any of which may be chosen as a successor instead
     */
    public record PlanChange(int index, String title, String industryCode, String industryName, Integer year,
                             Action action, Long existingPlanId, int items, List<ItemChange> changes,
                             List<Succession> successions, List<ItemRef> addedItems) {

        public PlanChange {
            changes = List.copyOf(changes);
            successions = List.copyOf(successions);
            addedItems = List.copyOf(addedItems);
        }
    }

    /** NEW: no plan yet for this industry and year; UNCHANGED: identical to the active one; REVISED: replaces it. */
    public enum Action { NEW, UNCHANGED, REVISED }

    /** One item added, removed or changed relative to the active plan. */
    public record ItemChange(String itemKey, String label, Kind kind, String before, String after) {
    }

    /** The kind of change to an item. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** An item of the active or of the new plan, as the mapping step shows it. */
    public record ItemRef(String itemKey, String label, String heading, String text) {
    }

    /**
     * 条目衔接: an item the revision removes and the added item proposed to continue it (its ledger history and
     * accepted values carry over to the successor once the pair is accepted on commit).
     *
     * @param to         the proposed successor, or null when no added item is similar enough
     * @param similarity character-bigram Dice similarity of heading and text, 0 to 1 (null without a proposal)
     */
    public record Succession(ItemRef from, ItemRef to, Double similarity) {

        /** The similarity in whole percent, 0 without a proposal. */
        public int percent() {
            return similarity == null ? 0 : (int) Math.round(similarity * 100);
        }
    }
}
