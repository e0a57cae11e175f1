package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.enterprise.UsccCheck;
import cn.tenstrong.enterprise.UsccFailure;
import cn.tenstrong.enterprise.internal.ImportReader.RawRow;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import org.springframework.stereotype.Component;

/**
 * Checks import rows and enterprise edits. Structural USCC errors (length, characters, authority, type, region)
 * reject the row; wrong check characters (the 17th, GB 11714, and the 18th, GB 32100) do not: such a row is
 * stored as given and flagged for review, because a mistyped digit in a real register entry is more likely than
 * an invented company, and dropping it would lose the enterprise.
 */
@Component
class EnterpriseValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final ReferenceData reference;
    private final Clock clock;

    EnterpriseValidator(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** Validated drafts, in file order. */
    record Checked(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, List<ImportError> errors) {
    }

    Checked check(ImportReader.Sheet2 sheet, EnterpriseSource source) {
        List<ImportError> errors = new ArrayList<>();
        Map<ImportColumns, Integer> index = new EnumMap<>(ImportColumns.class);
        for (int i = 0; i < sheet.header().size(); i++) {
            ImportColumns c = ImportColumns.of(sheet.header().get(i));
            if (c != null && !index.containsKey(c)) {
                index.put(c, i);
            }
        }
        for (ImportColumns c : ImportColumns.values()) {
            if (c.required && !index.containsKey(c)) {
                errors.add(new ImportError(1, c.header, "缺少必填列（请使用导入模板）"));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(List.of(), List.of(), errors);
        }
        List<EnterpriseDraft> drafts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow row : sheet.rows()) {
            if (row.blank()) {
                continue;
            }
            Map<ImportColumns, String> values = new EnumMap<>(ImportColumns.class);
            index.forEach((c, i) -> values.put(c, row.cell(i)));
            List<ImportError> rowErrors = new ArrayList<>();
            EnterpriseDraft draft = draft(row.number(), values, source, rowErrors, false);
            if (draft != null && rowErrors.isEmpty()) {
                Integer first = seen.putIfAbsent(draft.identity(), row.number());
                if (first != null) {
                    String what = draft.uscc() != null ? "统一社会信用代码" : draft.stockCode() != null ? "股票代码"
                            : "企业名称和所在省份";
                    rowErrors.add(new ImportError(row.number(), draft.uscc() != null ? ImportColumns.USCC.header
                            : draft.stockCode() != null ? ImportColumns.STOCK_CODE.header : ImportColumns.NAME.header,
                            "与第" + first + "行的" + what + "重复"));
                }
            }
            if (rowErrors.isEmpty()) {
                drafts.add(draft);
                numbers.add(row.number());
            } else {
                errors.addAll(rowErrors);
            }
        }
        if (drafts.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(0, "数据", "导入文件没有数据行"));
        }
        return new Checked(drafts, numbers, errors);
    }

    private EnterpriseDraft draft(int row, Map<ImportColumns, String> v, EnterpriseSource source, List<ImportError> errors,
                                  boolean regionOptional) {
        boolean review = false;
        String reviewNote = "";
        // without a USCC the enterprise is identified by its stock code, else by name + province; none is invented
        String uscc = v.getOrDefault(ImportColumns.USCC, "").replaceAll("\\s", "").toUpperCase();
        if (uscc.isEmpty()) {
            uscc = null;
        } else {
            UsccCheck check = Uscc.validate(uscc);
            if (!check.valid()) {
                if (check.failure() == UsccFailure.CHECK_DIGIT || check.failure() == UsccFailure.ORGANIZATION_CODE) {
                    review = true;
                    reviewNote = "统一社会信用代码" + check.message() + "，已按原样保存，待核实";
                } else {
                    errors.add(new ImportError(row, ImportColumns.USCC.header, check.message()));
                }
            }
        }
        String name = v.getOrDefault(ImportColumns.NAME, "");
        if (name.isEmpty()) {
            errors.add(new ImportError(row, ImportColumns.NAME.header, "不能为空"));
        } else if (name.length() < 2 || name.length() > MAX_NAME) {
            errors.add(new ImportError(row, ImportColumns.NAME.header, "长度应为2到" + MAX_NAME + "字"));
        }
        String[] problem = new String[1];
        boolean noRegion = regionOptional && v.getOrDefault(ImportColumns.REGION, "").isBlank();
        Optional<ReferenceData.ResolvedRegion> region = noRegion
                ? Optional.of(new ReferenceData.ResolvedRegion(null, "", false))
                : reference.region(v.get(ImportColumns.REGION), problem);
        if (region.isEmpty()) {
            errors.add(new ImportError(row, ImportColumns.REGION.header, problem[0]));
        }
        String industry = null;
        String rawIndustry = v.getOrDefault(ImportColumns.INDUSTRY, "");
        if (!rawIndustry.isEmpty()) {
            industry = reference.industry(rawIndustry).orElse(null);
            if (industry == null) {
                errors.add(new ImportError(row, ImportColumns.INDUSTRY.header,
                        "“" + rawIndustry + "”不是GB/T 4754-2017国民经济行业代码"));
            }
        }
        BigDecimal capital = amount(row, ImportColumns.CAPITAL, v, errors);
        BigDecimal revenue = amount(row, ImportColumns.REVENUE, v, errors);
        Integer employees = null;
        String rawEmployees = v.getOrDefault(ImportColumns.EMPLOYEES, "").replace(",", "");
        if (!rawEmployees.isEmpty()) {
            try {
                BigDecimal e = new BigDecimal(rawEmployees);
                if (e.signum() < 0 || e.stripTrailingZeros().scale() > 0 || e.compareTo(BigDecimal.valueOf(5_000_000)) > 0) {
                    throw new NumberFormatException();
                }
                employees = e.intValueExact();
            } catch (NumberFormatException | ArithmeticException ex) {
                errors.add(new ImportError(row, ImportColumns.EMPLOYEES.header, "“" + rawEmployees + "”不是有效的人数"));
            }
        }
        LocalDate founded = null;
        String rawDate = v.getOrDefault(ImportColumns.FOUNDED, "");
        if (!rawDate.isEmpty()) {
            founded = date(rawDate);
            if (founded == null) {
                errors.add(new ImportError(row, ImportColumns.FOUNDED.header,
                        "“" + rawDate + "”不是有效日期（格式如2018-05-20）"));
            } else if (founded.isAfter(LocalDate.now(clock)) || founded.getYear() < 1800) {
                errors.add(new ImportError(row, ImportColumns.FOUNDED.header, "“" + rawDate + "”不在合理范围（1800年至今）"));
                founded = null;
            }
        }
        String scope = text(row, ImportColumns.SCOPE, v, errors);
        String products = text(row, ImportColumns.PRODUCTS, v, errors);
        Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
        for (String t : split(v.getOrDefault(ImportColumns.TAGS, ""))) {
            Optional<EnterpriseTag> tag = EnterpriseTag.parse(t);
            if (tag.isPresent()) {
                tags.add(tag.get());
            } else {
                errors.add(new ImportError(row, ImportColumns.TAGS.header, "未知标签“" + t + "”（可用："
                        + String.join("、", java.util.Arrays.stream(EnterpriseTag.values()).map(EnterpriseTag::label).toList())
                        + "）"));
            }
        }
        String mark = v.getOrDefault(ImportColumns.MARK, "");
        boolean synthetic = ImportColumns.SYNTHETIC_MARK.equals(mark);
        if (!mark.isEmpty() && !synthetic) {
            errors.add(new ImportError(row, ImportColumns.MARK.header, "只能为空或“" + ImportColumns.SYNTHETIC_MARK + "”"));
        }
        ListingFields listing = ListingFields.check(row, v, errors, clock);
        if (listing.listing() != null) {
            tags.add(EnterpriseTag.LISTED); // a stock code is the fact the 上市 tag states
        }
        if (!errors.isEmpty()) {
            return null;
        }
        ReferenceData.ResolvedRegion r = region.get();
        return new EnterpriseDraft(uscc, name, r.code(), r.fullName(), r.local(), industry, capital, founded, scope,
                products, tags, revenue, employees, synthetic ? EnterpriseSource.SYNTHETIC : source, synthetic, review,
                reviewNote, listing.listing(), listing.swCode(), listing.swName(), listing.revenueYear(),
                listing.provenance());
    }

    /** Checks an edit of an existing enterprise; throws with every problem found. */
    EnterpriseDraft checkEdit(cn.tenstrong.enterprise.Enterprise before, cn.tenstrong.enterprise.EnterpriseChange change) {
        Map<ImportColumns, String> v = new EnumMap<>(ImportColumns.class);
        v.put(ImportColumns.USCC, before.uscc() == null ? "" : before.uscc());
        v.put(ImportColumns.NAME, change.name() == null ? "" : change.name().strip());
        v.put(ImportColumns.REGION, change.region() == null ? "" : change.region());
        v.put(ImportColumns.INDUSTRY, change.industryCode() == null ? "" : change.industryCode());
        v.put(ImportColumns.CAPITAL, change.registeredCapital() == null ? "" : change.registeredCapital().toPlainString());
        v.put(ImportColumns.REVENUE, change.revenue() == null ? "" : change.revenue().toPlainString());
        v.put(ImportColumns.EMPLOYEES, change.employees() == null ? "" : change.employees().toString());
        v.put(ImportColumns.FOUNDED, change.foundedOn() == null ? "" : change.foundedOn().toString());
        v.put(ImportColumns.SCOPE, change.businessScope() == null ? "" : change.businessScope());
        v.put(ImportColumns.PRODUCTS, change.mainProducts() == null ? "" : change.mainProducts());
        v.put(ImportColumns.TAGS, change.tags() == null ? "" : String.join("、", change.tags()));
        v.put(ImportColumns.MARK, before.synthetic() ? ImportColumns.SYNTHETIC_MARK : "");
        List<ImportError> errors = new ArrayList<>();
        EnterpriseDraft d = draft(0, v, before.source(), errors, before.source() == EnterpriseSource.SEED_PLAN);
        if (!errors.isEmpty()) {
            throw cn.tenstrong.shared.DomainException.invalid(String.join("；",
                    errors.stream().map(e -> "「" + e.column() + "」" + e.message()).toList()));
        }
        return new EnterpriseDraft(d.uscc(), d.name(), d.regionCode(), d.regionName(), d.local(), d.industryCode(),
                d.registeredCapital(), d.foundedOn(), d.businessScope(), d.mainProducts(), d.tags(), d.revenue(),
                d.employees(), before.source(), before.synthetic(), d.needsReview(), d.reviewNote(), before.listing(),
                before.swIndustryCode(), before.swIndustryName(), before.revenueYear(), before.provenance());
    }

    private static String text(int row, ImportColumns column, Map<ImportColumns, String> v, List<ImportError> errors) {
        String t = v.getOrDefault(column, "");
        if (t.length() > MAX_TEXT) {
            errors.add(new ImportError(row, column.header, "过长（最多" + MAX_TEXT + "字）"));
        }
        return t;
    }

    private static BigDecimal amount(int row, ImportColumns column, Map<ImportColumns, String> v, List<ImportError> errors) {
        String raw = v.getOrDefault(column, "").replace(",", "").replace("万元", "").replace("万", "").strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(raw);
            if (d.signum() < 0 || d.compareTo(MAX_AMOUNT) > 0) {
                throw new NumberFormatException();
            }
            return d.setScale(Math.min(2, Math.max(0, d.scale())), java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row, column.header, "“" + raw + "”不是有效的金额（单位万元，不能为负数）"));
            return null;
        }
    }

    static LocalDate date(String raw) {
        String s = raw.strip();
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException ignored) {
            // other formats below
        }
        for (Pattern p : List.of(SLASH_DATE, CN_DATE)) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        if (s.matches("\\d{8}")) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static List<String> split(String text) {
        return java.util.Arrays.stream(text.split("[、,，;；|/\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
