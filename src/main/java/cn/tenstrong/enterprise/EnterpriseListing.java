package cn.tenstrong.enterprise;

import java.time.LocalDate;

/**
 * 上市信息 of a listed enterprise.
 *
 * @param stockCode 股票代码 with the exchange suffix, e.g. 000338.SZ (the enterprise's identity when it has no USCC)
 * @param exchange  交易所: 上交所 / 深交所 / 北交所
 * @param board     板块: 主板 / 创业板 / 科创板 / 北交所
 * @param listedOn  上市日期, may be {@code null}
 */
public record EnterpriseListing(String stockCode, String exchange, String board, LocalDate listedOn) {

    public EnterpriseListing {
        exchange = exchange == null ? "" : exchange;
        board = board == null ? "" : board;
    }
}
