package cn.tenstrong.enterprise;

import java.util.List;

/**
 * Extension point: the projects module implements this bean to show a segment's projects in the map's segment
 * panel. Until a bean exists the panel says that projects are not connected yet (no data is made up).
 */
public interface SegmentProjects {

    /** One project line for the panel. */
    record ProjectLine(String reference, String name, String stage, String investment) {
    }

    List<ProjectLine> projects(String chainCode, String segmentCode);
}
