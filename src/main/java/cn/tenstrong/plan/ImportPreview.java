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

    /** What happens to one plan of the document. */
    public record PlanChange(int index, String title, String industryCode, String industryName, Integer year,
                             Action action, Long existingPlanId, int items, List<ItemChange> changes) {
    }

    /** NEW: no plan yet for this industry and year; UNCHANGED: identical to the active one; REVISED: replaces it. */
    public enum Action { NEW, UNCHANGED, REVISED }

    /** One item added, removed or changed relative to the active plan. */
    public record ItemChange(String itemKey, String label, Kind kind, String before, String after) {
    }

    /** The kind of change to an item. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
