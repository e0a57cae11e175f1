package cn.tenstrong.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Extension point: the projects module implements this bean to show a segment's projects in the map's segment
 * panel and to tell which of a chain's key projects the current user may see. Until a bean exists the panel says that projects are not connected yet (no data is made up).
 */
public interface SegmentProjects {

    /** One project line for the panel. */
    record ProjectLine(String reference, String name, String stage, String investment) {
    }

    /** The segment's (and its children's) projects the current user may see. */
    List<ProjectLine> projects(String chainCode, String segmentCode);

    /**
     * Of the project references given (a chain's 重点项目 list), those of the projects the current user may see:
     * the project library's scope applies to every list that shows its projects.
     */
    Set<String> readableRefs(Collection<String> projectRefs);
}
