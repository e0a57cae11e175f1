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
    ImportResult commit(long draftId, List<SuccessionChoice> successions);
}
