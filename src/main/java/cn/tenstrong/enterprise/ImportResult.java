package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 企业导入结果.
 *
 * @param rows      data rows read
 * @param created   new enterprises
 * @param updated   existing enterprises updated (identified by USCC, stock code or name + province)
 * @param flagged   rows stored but flagged for review (USCC check characters fail), as "第N行：…"
 * @param placed    automatic placements made
 */
public record ImportResult(int rows, int created, int updated, List<String> flagged, int placed) {
}
