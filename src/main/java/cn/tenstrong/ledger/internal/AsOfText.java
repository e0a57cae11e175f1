package cn.tenstrong.ledger.internal;

import cn.tenstrong.shared.AsOf;

/** 评估日期 as the ledger's documents write it (they are always Chinese). */
final class AsOfText {

    private AsOfText() {
    }

    static String of(AsOf asOf) {
        return asOf.capped() ? asOf.date() + "（已结束年度的计划按该年12月31日评估）" : asOf.date().toString();
    }
}
