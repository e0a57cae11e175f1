package cn.tenstrong.ledger.internal;

/** Something the ledger computes from changed (a report, a round, a profile); cached inputs must be reloaded. */
record LedgerChanged(String what) {
}
