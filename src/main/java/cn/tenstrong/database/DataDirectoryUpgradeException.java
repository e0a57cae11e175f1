package cn.tenstrong.database;

/**
 * 数据目录升级失败或无法进行: the start stops, with what happened to the data directory and what the operator can do,
 * in Chinese ({@link DataDirectoryUpgradeFailureAnalyzer}).
 */
class DataDirectoryUpgradeException extends IllegalStateException {

    private final String advice;

    DataDirectoryUpgradeException(String message, String advice, Throwable cause) {
        super(message, cause);
        this.advice = advice;
    }

    String advice() {
        return advice;
    }
}
