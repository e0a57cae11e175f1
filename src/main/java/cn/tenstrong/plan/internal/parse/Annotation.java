package cn.tenstrong.plan.internal.parse;

import java.util.List;

/**
 * 责任分工: the agencies named by one annotation, raw (not yet resolved), plus any time limit it gives.
 */
record Annotation(List<String> lead, List<String> support, String timeLimit) {
    Annotation {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
    }
}
