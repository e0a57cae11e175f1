package cn.tenstrong.plan;

import java.util.List;

/** Importing plan documents: upload → preview (correctable, with the item mapping of a revision) → commit. */
public interface PlanImports {

    /** Parses the document into a draft and previews what committing it would change. Stores nothing else. */
    ImportPreview upload(byte[] content, String fileName);

    ImportPreview preview(long draftId);

    /** Applies a correction to one item of a draft (concurrent corrections are detected by the draft's version). */
    ImportPreview correct(long draftId, ItemCorrection correction);

    /** Stores the draft's plans, all or nothing, with the proposed item successions of its revisions. */
    default ImportResult commit(long draftId) {
        return commit(draftId, null);
    }

    /**
     * Stores the draft's plans, all or nothing, with the item successions given: exactly these pairs (an empty list
     * stores none); {@code null} stores the preview's proposals as they are.
     */
    default ImportResult commit(long draftId, List<SuccessionChoice> successions) {
        return commit(draftId, successions, null);
    }

    /**
     * Stores the draft as {@link #commit(long, List)} does, first settling the unknown agencies as decided: each named
     * one becomes a new agency or an alias of an existing organisation; unknown agencies without a decision are
     * registered for review.
     */
    ImportResult commit(long draftId, List<SuccessionChoice> successions, List<AgencyDecision> agencies);

    /**
     * Reads the draft's file again with the given annotation convention (the preview's 标注惯例 switch), replacing the
     * draft's items; corrections made so far are discarded. Refused with 409 when {@code draftVersion} is stale.
     */
    ImportPreview reread(long draftId, int draftVersion, AnnotationConvention convention);
}
