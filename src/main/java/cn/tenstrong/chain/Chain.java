package cn.tenstrong.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * 产业链: one key chain of an industry with its segment tree.
 *
 * @param code       stable ASCII slug, unique in the catalog
 * @param name       中文名称, e.g. 集成电路
 * @param industry   the industry (plan) it belongs to
 * @param basis      whether the plan names the chain or only its field
 * @param sourceNote the seed sentence that names the chain or its field
 * @param note       remarks (e.g. where the chain is also listed), may be empty
 * @param stages     the 上游/中游/下游 roots, in that order
 * @param file       the catalog file it was read from
 */
public record Chain(String code, String name, Industry industry, ChainBasis basis, String sourceNote, String note,
                    List<ChainSegment> stages, String file) {

    public Chain {
        stages = List.copyOf(stages);
    }

    /** All segments, depth first. */
    public List<ChainSegment> segments() {
        return stages.stream().flatMap(ChainSegment::selfAndDescendants).toList();
    }

    /** 末级环节. */
    public List<ChainSegment> leaves() {
        return stages.stream().flatMap(s -> s.leaves().stream()).toList();
    }

    /** The root for a stage, if the chain has one. */
    public Optional<ChainSegment> stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** A segment by its code. */
    public Optional<ChainSegment> segment(String segmentCode) {
        return stages.stream().flatMap(s -> s.find(segmentCode).stream()).findFirst();
    }

    /** The parent of a segment; empty for a stage root. */
    public Optional<ChainSegment> parentOf(ChainSegment segment) {
        return segment.parentCode() == null ? Optional.empty() : segment(segment.parentCode());
    }

    /** Root-to-segment path, e.g. 上游 → 材料 → 光刻胶; empty if the code is unknown. */
    public List<ChainSegment> pathTo(String segmentCode) {
        List<ChainSegment> path = new ArrayList<>();
        Optional<ChainSegment> current = segment(segmentCode);
        while (current.isPresent()) {
            path.add(current.get());
            current = parentOf(current.get());
        }
        Collections.reverse(path);
        return path;
    }

    /** "上游 / 材料 / 光刻胶" for display. */
    public String pathLabel(String segmentCode) {
        return String.join(" / ", pathTo(segmentCode).stream().map(ChainSegment::name).toList());
    }
}
