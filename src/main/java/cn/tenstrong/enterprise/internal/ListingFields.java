package cn.tenstrong.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tenstrong.enterprise.EnterpriseListing;
import cn.tenstrong.enterprise.ImportError;

/**
 * 上市信息、申万行业与来源说明 of an import row: optional columns that public listed-company data brings. A row
 * without a stock code has no listing (exchange, board and list date need one).
 */
record ListingFields(EnterpriseListing listing, String swCode, String swName, Integer revenueYear, String provenance) {

    /** A-share (SH, SZ, BJ) or Hong Kong stock code with its exchange suffix. */
    static final Pattern STOCK_CODE = Pattern.compile("\\d{6}\\.(SH|SZ|BJ)|\\d{5}\\.HK");
    static final int MAX_SHORT = 40;
    static final int MAX_PROVENANCE = 2000;

    static ListingFields check(int row, Map<ImportColumns, String> v, List<ImportError> errors, Clock clock) {
        String stock = v.getOrDefault(ImportColumns.STOCK_CODE, "").replaceAll("\\s", "").toUpperCase();
        String exchange = v.getOrDefault(ImportColumns.EXCHANGE, "");
        String board = v.getOrDefault(ImportColumns.BOARD, "");
        String listedRaw = v.getOrDefault(ImportColumns.LISTED_ON, "");
        EnterpriseListing listing = null;
        if (!stock.isEmpty() && !STOCK_CODE.matcher(stock).matches()) {
            errors.add(new ImportError(row, ImportColumns.STOCK_CODE.header,
                    "“" + stock + "”不是股票代码（格式如600309.SH、000338.SZ、920035.BJ）"));
        } else if (stock.isEmpty() && !(exchange + board + listedRaw).isBlank()) {
            errors.add(new ImportError(row, ImportColumns.STOCK_CODE.header, "填写了交易所、板块或上市日期时必须填写股票代码"));
        } else if (!stock.isEmpty()) {
            LocalDate listed = null;
            if (!listedRaw.isEmpty()) {
                listed = EnterpriseValidator.date(listedRaw);
                if (listed == null || listed.isAfter(LocalDate.now(clock)) || listed.getYear() < 1980) {
                    errors.add(new ImportError(row, ImportColumns.LISTED_ON.header,
                            "“" + listedRaw + "”不是有效的上市日期（1980年至今，格式如2010-06-18）"));
                }
            }
            limit(row, ImportColumns.EXCHANGE, exchange, errors);
            limit(row, ImportColumns.BOARD, board, errors);
            listing = new EnterpriseListing(stock, exchange, board, listed);
        }
        String swCode = v.getOrDefault(ImportColumns.SW_CODE, "");
        String swName = v.getOrDefault(ImportColumns.SW_NAME, "");
        if (!swCode.isEmpty() && !swCode.matches("\\d{6}")) {
            errors.add(new ImportError(row, ImportColumns.SW_CODE.header, "“" + swCode + "”不是6位申万行业代码"));
        }
        if (swCode.isEmpty() && !swName.isEmpty()) {
            errors.add(new ImportError(row, ImportColumns.SW_CODE.header, "填写申万行业名称时必须填写申万行业代码"));
        }
        if (swName.length() > 100) {
            errors.add(new ImportError(row, ImportColumns.SW_NAME.header, "过长（最多100字）"));
        }
        Integer year = null;
        String rawYear = v.getOrDefault(ImportColumns.REVENUE_YEAR, "");
        if (!rawYear.isEmpty()) {
            if (!rawYear.matches("\\d{4}") || Integer.parseInt(rawYear) < 1900
                    || Integer.parseInt(rawYear) > LocalDate.now(clock).getYear()) {
                errors.add(new ImportError(row, ImportColumns.REVENUE_YEAR.header, "“" + rawYear + "”不是有效年度（如2024）"));
            } else {
                year = Integer.parseInt(rawYear);
            }
        }
        String provenance = v.getOrDefault(ImportColumns.PROVENANCE, "");
        if (provenance.length() > MAX_PROVENANCE) {
            errors.add(new ImportError(row, ImportColumns.PROVENANCE.header, "过长（最多" + MAX_PROVENANCE + "字）"));
        }
        return new ListingFields(listing, swCode.isEmpty() ? null : swCode, swName, year, provenance);
    }

    private static void limit(int row, ImportColumns column, String value, List<ImportError> errors) {
        if (value.length() > MAX_SHORT) {
            errors.add(new ImportError(row, column.header, "过长（最多" + MAX_SHORT + "字）"));
        }
    }
}
