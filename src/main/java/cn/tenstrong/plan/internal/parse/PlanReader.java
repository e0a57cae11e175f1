package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.org.AgencyDirectory;
import cn.tenstrong.org.AgencyMatch;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.Plan;
import cn.tenstrong.plan.PlanItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 计划结构解析: one pass over the lines of a plan document, building
 * plans → parts (一、) → sections ((一)) → items (1.) → annotated clauses.
 * Over 400 lines on purpose: one state machine whose patterns and states read together; split, each piece would need
 * the others' state.
 */
final class PlanReader {

    private static final Pattern TITLE = Pattern.compile(
            "^(?:(\\d{1,2})\\s*[.、]?\\s*)?(.{2,40}?)(?:(20\\d{2})\\s*年(?:度)?)?(?:行动计划|行动方案|工作方案|实施方案|工作要点)$");
    private static final Pattern SUB_PLAN = Pattern.compile("^(.{2,14}?)(产业|业)$");
    private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.,]\\s*([^。;()]{2,30}?)[。:]?$");
    /** A part that is itself a task: "一、对…的省(区、市),优先纳入…。(市场监管总局负责)". */
    private static final Pattern PART_ITEM = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*、\\s*(.{10,})$");
    private static final Pattern SECTION = Pattern.compile("^[(]\\s*([一二三四五六七八九十]{1,3})\\s*[)]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,3})\\s*(?:、|\\.(?!\\d)|\\s)\\s*(.*)$");
    private static final Pattern BARE_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.]|[(]\\s*[一二三四五六七八九十]{1,3}\\s*[)]|\\d{1,3}\\s*[.、])$");
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^[(]?\\s*(?:牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|责任领导|适用范围|完成时限)\\s*:");
    private static final Pattern PUNCTUATION = Pattern.compile("[。,;:!?、]");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s。;,]*");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String SENTENCE_END = "。;!?)”";
    private static final int MAX_HEADING = 40;

    private final AgencyDirectory agencies;

    public PlanReader(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Parses already extracted text, reading responsibility lists as the document declares. */
    public ParsedDocument read(String rawText) {
        return read(rawText, null);
    }

    /**
     * Parses already extracted text.
     *
     * @param convention how to read "(A、B、C负责)" throughout, or null to follow what the document declares
     */
    public ParsedDocument read(String rawText, AnnotationConvention convention) {
        String text = TextNormaliser.normalise(rawText);
        return new Run(agencies, convention, Jurisdiction.of(text)).read(text);
    }

    /** Everything one parse needs to remember; a fresh one per document. */
    private static final class Run {
        private final AgencyDirectory agencies;
        private final AnnotationParser annotations;
        private final AnnotationConvention forced;
        private final Jurisdiction jurisdiction;
        private final List<Plan> plans = new ArrayList<>();
        private final Set<String> warnings = new LinkedHashSet<>();
        private final Set<String> unknownAgencies = new LinkedHashSet<>();

        private PlanBuilder plan;
        private ItemKind kind;
        private String part;
        private String section;
        private Block block;
        private String firstLine;

        Run(AgencyDirectory agencies, AnnotationConvention forced, Jurisdiction jurisdiction) {
            this.agencies = agencies;
            this.forced = forced;
            this.annotations = new AnnotationParser(forced);
            this.jurisdiction = jurisdiction;
        }

        ParsedDocument read(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (firstLine == null) {
                    firstLine = line;
                }
                int next = nextNonEmpty(lines, i + 1);
                if (next >= 0 && joinsWithNext(line, lines[next].strip())) {
                    lines[next] = line + lines[next].strip();
                    continue;
                }
                String following = next >= 0 ? lines[next].strip() : "";
                line(line, following);
            }
            flushBlock();
            flushPlan();
            if (plans.isEmpty()) {
                warnings.add("未识别到行动计划:文档中没有找到“一、工作目标”“二、主要任务”等结构,或没有任何条目");
            }
            AnnotationConvention read = forced != null ? forced : annotations.declaredFirstListed()
                    ? AnnotationConvention.FIRST_LISTED_LEADS : AnnotationConvention.ALL_LISTED_LEAD;
            return new ParsedDocument(plans, new ArrayList<>(warnings), read, forced != null);
        }

        private static int nextNonEmpty(String[] lines, int from) {
            for (int j = from; j < lines.length && j < from + 50; j++) {
                if (!lines[j].isBlank()) {
                    return j;
                }
            }
            return -1;
        }

        /** A title or numbering marker broken across lines ("01新一代…2022年" + "行动计划", "一、" + "工作目标"). */
        private static boolean joinsWithNext(String line, String next) {
            if (BARE_MARKER.matcher(line).matches()) {
                return true;
            }
            if (line.length() > 40 || next.length() > 20 || !mayBeTitle(line + next) || line.indexOf('(') >= 0
                    || line.indexOf(')') >= 0 || PUNCTUATION.matcher(line).find()
                    || PUNCTUATION.matcher(next).find() || TITLE.matcher(line).matches()) {
                return false;
            }
            return TITLE.matcher(line + next).matches() && !PART.matcher(line).matches()
                    && !SECTION.matcher(line).matches();
        }

        private void line(String line, String following) {
            Matcher m;
            char first = line.charAt(0);
            boolean continues = block != null && block.midSentence();
            if (!continues && mayBeTitle(line) && !PUNCTUATION.matcher(line).find()
                    && (m = TITLE.matcher(line)).matches()) {
                flushBlock();
                flushPlan();
                Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                plan = new PlanBuilder(line, industry(m.group(2)), year);
                resetPart();
                return;
            }
            if (plan != null && line.length() <= 16 && line.endsWith("业") && !PUNCTUATION.matcher(line).find()
                    && SUB_PLAN.matcher(line).matches() && PART.matcher(following).matches()) {
                flushBlock();
                Integer year = plan.year;
                flushPlan();
                plan = new PlanBuilder(line, industry(line), year);
                resetPart();
                return;
            }
            if (!continues && NUMERALS.indexOf(first) >= 0 && line.length() > 20 && hasAnnotation(line)
                    && (m = PART_ITEM.matcher(line)).matches()) {
                flushBlock();
                if (plan == null) {
                    plan = implicitPlan();
                }
                part = m.group(1);
                kind = kind == null ? ItemKind.TASK : kind;
                section = null;
                block = new Block(kind, part, null, "", false);
                block.append(m.group(2));
                return;
            }
            if (NUMERALS.indexOf(first) >= 0 && (m = PART.matcher(line)).matches() && !hasAnnotation(line)) {
                flushBlock();
                if (plan == null) {
                    plan = implicitPlan();
                }
                part = m.group(1);
                kind = kindOf(m.group(2), part);
                section = null;
                return;
            }
            if (plan == null || kind == null) {
                return; // preamble, page furniture
            }
            if (first == '(' && (m = SECTION.matcher(line)).matches()) {
                flushBlock();
                section = m.group(1);
                block = new Block(kind, part, section, section, true);
                block.append(m.group(2));
                // a title line is shorter than the paragraph after it; a PDF's wrapped line is not
                block.headingOnly = isHeadingOnly(m.group(2)) && following.length() > line.length();
                return;
            }
            if (first >= '0' && first <= '9' && (m = ITEM.matcher(line)).matches() && !m.group(2).isEmpty()) {
                flushBlock();
                block = new Block(kind, part, section, m.group(1), false);
                block.append(m.group(2));
                return;
            }
            if (block != null && block.insideBracket()) {
                block.append(line); // an annotation wrapped across lines
                return;
            }
            if (first == '(' && FIELD_LINE.matcher(line).find()) {
                if (block != null) {
                    block.append(line); // "(牵头单位:…)" on its own line
                }
                return;
            }
            if (line.indexOf(')') < 0 && FIELD_LINE.matcher(line).find()) {
                if (block != null) {
                    block.fieldLines.add(line); // "责任单位:…" under the item
                }
                return;
            }
            if (block != null && block.midSentence()) {
                block.append(line); // a paragraph wrapped across lines (PDF text layers)
                return;
            }
            boolean annotated = hasAnnotation(line);
            if (!annotated && !looksLikeProse(line)) {
                return; // "展开", page numbers, site furniture
            }
            // "(二)发展目标。" on its own line, then paragraphs: each paragraph is an item under that heading
            if (block != null && (block.headingOnly || block.inheritedHeading != null)) {
                String heading = block.headingOnly ? block.text.toString() : block.inheritedHeading;
                flushBlock();
                block = new Block(kind, part, section, "", false);
                block.inheritedHeading = heading.replaceFirst("[。:]$", "");
                block.append(line);
                return;
            }
            // after a numbered item, further paragraphs are more of it (more clauses when annotated)
            if (block != null && (!block.annotated || !block.sectionLevel && !block.number.isEmpty())) {
                block.append(line);
                return;
            }
            flushBlock();
            block = new Block(kind, part, section, "", false);
            block.append(line);
        }

        /** A section line that is only a title: "(二)基本原则。", "(一)地区生产总值增长7%以上". */
        private static boolean isHeadingOnly(String content) {
            String c = content.strip();
            if (c.isEmpty() || c.length() > 30 || hasAnnotation(c)) {
                return false;
            }
            int stop = c.indexOf('。');
            return stop < 0 ? c.indexOf(',') < 0 : stop == c.length() - 1;
        }

        private static boolean mayBeTitle(String line) {
            return line.length() <= 60 && (line.endsWith("计划") || line.endsWith("方案") || line.endsWith("要点"));
        }

        private static boolean looksLikeProse(String line) {
            return line.length() >= 15 || SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
        }

        private static boolean hasAnnotation(String s) {
            for (int[] span : brackets(s)) {
                if (AnnotationParser.looksLikeAnnotation(s.substring(span[0] + 1, span[1] - 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Spans of bracket pairs, "(…)" or "〔…〕", 1 to 500 characters inside, found by hand (cheaper than a regex
         * scan): the outermost pair that holds an annotation ("〔责任单位:…相关市(州)人民政府…〕"), else the inner pairs.
         * An unmatched bracket (a PDF line break) is ignored.
         */
        private static List<int[]> brackets(String s) {
            List<int[]> pairs = new ArrayList<>();
            int[] stack = new int[32];
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '(' || c == '〔') {
                    if (depth < stack.length) {
                        stack[depth] = i;
                    }
                    depth++;
                } else if ((c == ')' || c == '〕') && depth > 0) {
                    depth--;
                    if (depth < stack.length) {
                        int inside = i - stack[depth] - 1;
                        if (inside >= 1 && inside <= 500) {
                            pairs.add(new int[] {stack[depth], i + 1});
                        }
                    }
                }
            }
            pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> spans = new ArrayList<>();
            List<int[]> chosen = new ArrayList<>();
            for (int[] p : pairs) {
                boolean insideChosen = chosen.stream().anyMatch(c -> c[0] <= p[0] && p[1] <= c[1]);
                if (insideChosen) {
                    continue;
                }
                boolean holdsInner = pairs.stream().anyMatch(q -> q != p && p[0] < q[0] && q[1] < p[1]);
                if (!holdsInner || AnnotationParser.looksLikeAnnotation(s.substring(p[0] + 1, p[1] - 1))) {
                    chosen.add(p);
                    spans.add(p);
                }
            }
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            return spans;
        }

        private void resetPart() {
            kind = null;
            part = null;
            section = null;
        }

        private PlanBuilder implicitPlan() {
            String title = firstLine != null && firstLine.length() <= 60 && !firstLine.contains("。")
                    && !PART.matcher(firstLine).matches() ? firstLine : "未命名行动计划";
            Matcher y = YEAR.matcher(title);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            Matcher t = TITLE.matcher(title);
            String industry = t.matches() ? industry(t.group(2)) : title;
            return new PlanBuilder(title, industry, year);
        }

        private ItemKind kindOf(String heading, String numeral) {
            if (heading.matches(".*(目标|总体要求|指导思想|预期).*")) {
                return ItemKind.GOAL;
            }
            if (heading.matches(".*(措施|保障|机制|组织实施|工作要求|政策).*")) {
                return ItemKind.MEASURE;
            }
            if (heading.matches(".*(任务|重点工作|主要工作|工作重点|举措|行动|重点领域).*")) {
                return ItemKind.TASK;
            }
            warnings.add("未识别的部分标题“" + numeral + "、" + heading + "”,已按任务归类");
            // a document that titles its parts by content ("二、丰富赛事活动") lists tasks in them
            return ItemKind.TASK;
        }

        static String industry(String raw) {
            String s = raw.strip().replaceAll("^[“”\"]+|[“”\"]+$", "");
            s = s.replaceFirst("^(山东省|全省|山东)", "");
            s = s.replaceFirst("产业$", "");
            return s;
        }

        private void flushPlan() {
            if (plan != null && !plan.items.isEmpty()) {
                plans.add(new Plan(plan.title, plan.industry, plan.year, plan.items));
            }
            plan = null;
        }

        private void flushBlock() {
            if (block == null) {
                return;
            }
            Block b = block;
            block = null;
            String full = b.text.toString();
            List<int[]> spans = new ArrayList<>();
            List<Annotation> found = new ArrayList<>();
            for (int[] span : brackets(full)) {
                Optional<Annotation> a = annotations.parse(full.substring(span[0] + 1, span[1] - 1));
                if (a.isPresent()) {
                    spans.add(span);
                    found.add(a.get());
                }
            }
            if (!b.fieldLines.isEmpty()) {
                // "牵头单位:X" and "责任单位:Y" on lines of their own are one annotation: Y supports X
                annotations.parse(String.join(";", b.fieldLines)).ifPresent(found::add);
            }
            List<String> clauses = new ArrayList<>();
            int prev = 0;
            for (int[] span : spans) {
                clauses.add(full.substring(prev, span[0]));
                prev = span[1];
            }
            String trailing = full.substring(prev);
            if (clauses.isEmpty()) {
                clauses.add(trailing);
            } else if (!ONLY_PUNCTUATION.matcher(trailing).matches()) {
                int last = clauses.size() - 1;
                clauses.set(last, clauses.get(last) + trailing);
            }
            // field lines ("责任单位:…" after the item) belong to the last clause
            while (found.size() > clauses.size()) {
                Annotation extra = found.remove(found.size() - 1);
                Annotation last = found.remove(found.size() - 1);
                found.add(merge(last, extra));
            }
            String first = clauses.get(0).strip();
            String heading = null;
            int stop = first.indexOf('。');
            if (b.inheritedHeading != null) {
                heading = b.inheritedHeading;
            } else if (stop > 0 && stop <= MAX_HEADING && !first.substring(stop + 1).isBlank()) {
                heading = first.substring(0, stop);
                clauses.set(0, first.substring(stop + 1));
            } else if (b.sectionLevel && found.isEmpty()) {
                return; // a section title, not an item
            }
            if (b.sectionLevel && found.isEmpty() && clauses.get(0).isBlank()) {
                return;
            }
            int n = clauses.size();
            for (int i = 0; i < n; i++) {
                Annotation a = i < found.size() ? found.get(i) : null;
                String text = clauses.get(i).strip();
                String measured = i == 0 && heading != null ? heading + "。" + text : text;
                List<String> lead = a == null ? List.of() : resolve(a.lead());
                List<String> support = a == null ? List.of() : resolve(a.support());
                TargetExtractor.Quantities quantities = TargetExtractor.read(measured);
                String timeText = a != null && a.timeLimit() != null ? measured + ";" + a.timeLimit() : measured;
                LocalDate deadline = DeadlineParser.find(timeText, plan.year);
                if (deadline == null && b.kind == ItemKind.GOAL && plan.year != null) {
                    deadline = LocalDate.of(plan.year, 12, 31);
                }
                Integer clause = n > 1 ? i + 1 : null;
                PlanItem item = new PlanItem(b.kind, b.part, b.section, b.number, clause, heading, text,
                        lead, support, quantities.targets(), quantities.incentives(), deadline);
                plan.items.add(item);
                if (lead.isEmpty()) {
                    warnings.add("「" + plan.industry + "」" + where(item) + "未标注牵头单位");
                }
            }
        }

        private static Annotation merge(Annotation a, Annotation b) {
            List<String> lead = new ArrayList<>(a.lead());
            lead.addAll(b.lead());
            List<String> support = new ArrayList<>(a.support());
            support.addAll(b.support());
            return new Annotation(lead, support, a.timeLimit() != null ? a.timeLimit() : b.timeLimit());
        }

        private static String where(PlanItem item) {
            StringBuilder s = new StringBuilder(item.part()).append("、");
            if (item.section() != null) {
                s.append("(").append(item.section()).append(")");
            }
            if (!item.number().isEmpty() && !item.number().equals(item.section())) {
                s.append(item.number()).append(".");
            }
            if (item.number().isEmpty()) {
                s.append("无编号段落");
            }
            return s.toString();
        }

        private List<String> resolve(List<String> raw) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (String r : raw) {
                AgencyMatch match = jurisdiction.resolve(agencies, r);
                if (match.unknown() && unknownAgencies.add(match.name())) {
                    warnings.add("未识别的单位“" + match.name() + "”,已按原文保留,请核对");
                }
                names.add(match.name());
            }
            return List.copyOf(names);
        }
    }

    private static final class PlanBuilder {
        final String title;
        final String industry;
        final Integer year;
        final List<PlanItem> items = new ArrayList<>();

        PlanBuilder(String title, String industry, Integer year) {
            this.title = title;
            this.industry = industry;
            this.year = year;
        }
    }

    /** The lines of one item (or section paragraph) while they are being read. */
    private static final class Block {
        final ItemKind kind;
        final String part;
        final String section;
        final String number;
        final boolean sectionLevel;
        final StringBuilder text = new StringBuilder();
        final List<String> fieldLines = new ArrayList<>();
        boolean annotated;
        /** A section line holding only its title; the paragraphs after it become items. */
        boolean headingOnly;
        /** For a paragraph under such a title: the title, its heading. */
        String inheritedHeading;

        Block(ItemKind kind, String part, String section, String number, boolean sectionLevel) {
            this.kind = kind;
            this.part = part;
            this.section = section;
            this.number = number;
            this.sectionLevel = sectionLevel;
        }

        /** True while the text stops inside a sentence or an open bracket: the next line continues it. */
        boolean midSentence() {
            if (text.length() == 0) {
                return false;
            }
            return insideBracket() || SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0 && !sectionLevel;
        }

        boolean insideBracket() {
            return text.lastIndexOf("(") > text.lastIndexOf(")");
        }

        void append(String line) {
            if (text.length() > 0 && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
                text.append('\n');
            }
            text.append(line);
            // look at the tail, not just the new line: a wrapped annotation is only whole once joined
            annotated |= Run.hasAnnotation(line.indexOf(')') < 0 ? line : text.substring(Math.max(0, text.length() - 600)));
        }
    }
}
