package cn.tenstrong.plan;

/** Importing plan documents: upload → preview (correctable) → commit. */
public interface PlanImports {

    /** Parses the document into a draft and previews what committing it would change. Stores nothing else. */
    ImportPreview upload(byte[] content, String fileName);

    ImportPreview preview(long draftId);

    /** Applies a correction to one item of a draft (concurrent corrections are detected by the draft's version). */
    ImportPreview correct(long draftId, ItemCorrection correction);

    /** Stores the draft's plans, all or nothing. */
    ImportResult commit(long draftId);
}
