package cn.tenstrong.plan;

import java.util.List;

/** A user's correction of one parsed item in a draft: its agencies and targets. */
public record ItemCorrection(int planIndex, int itemIndex, int draftVersion, List<String> lead, List<String> support,
                             List<Target> targets) {
}
