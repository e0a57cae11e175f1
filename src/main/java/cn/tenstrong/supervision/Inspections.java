package cn.tenstrong.supervision;

import java.util.List;

/**
 * 督导: a task force (its own industry; an administrator any) opens an inspection and records its findings, each
 * becoming a 整改 task. Reads are scoped: a task force sees its industry's inspections, an agency those with a finding
 * it owns, administrators and leaders all.
 */
public interface Inspections {

    InspectionView open(NewInspection inspection);

    /** The inspections the current user may see, newest first. */
    List<InspectionView> inspections();

    /** One inspection; NOT_FOUND when there is none, FORBIDDEN when it is outside the user's scope. */
    InspectionView inspection(long id);

    /** Records a finding and opens its 整改 task. */
    RectificationView addFinding(long inspectionId, NewFinding finding);

    /** Adds the task force's evidence (a file or a link) to a finding. */
    RectificationView addFindingEvidence(long rectificationId, NewEvidence evidence);
}
