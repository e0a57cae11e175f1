package cn.tenstrong.plan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits an item's text into plain runs and the runs that are targets, so pages can highlight targets without raw HTML. */
final class TextSegments {

    /** A run of text; {@code target} marks a quantified target. */
    record Segment(String text, boolean target) {
    }

    private TextSegments() {
    }

    static List<Segment> split(String text, List<String> targetTexts) {
        List<int[]> spans = new ArrayList<>();
        for (String t : targetTexts) {
            if (t == null || t.isEmpty()) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = text.indexOf(t, from)) >= 0) {
                int end = at + t.length();
                int start = at;
                if (spans.stream().noneMatch(s -> start < s[1] && s[0] < end)) {
                    spans.add(new int[]{start, end});
                    break;
                }
                from = at + 1;
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (int[] s : spans) {
            if (s[0] > pos) {
                out.add(new Segment(text.substring(pos, s[0]), false));
            }
            out.add(new Segment(text.substring(s[0], s[1]), true));
            pos = s[1];
        }
        if (pos < text.length()) {
            out.add(new Segment(text.substring(pos), false));
        }
        return out;
    }
}
