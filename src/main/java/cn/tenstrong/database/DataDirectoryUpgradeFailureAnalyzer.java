package cn.tenstrong.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a data-directory upgrade that failed or cannot run here in Chinese, instead of a bean-creation trace. */
class DataDirectoryUpgradeFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUpgradeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUpgradeException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.advice(), cause);
    }
}
