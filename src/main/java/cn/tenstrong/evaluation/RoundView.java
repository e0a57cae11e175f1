package cn.tenstrong.evaluation;

import java.time.Instant;

/** 评价轮次. {@code version} is checked on every workflow action (409 when stale). */
public record RoundView(long id, long schemeId, String schemeCode, int schemeVersion, String schemeName,
                        String subjectType, String name, int year, RoundStage stage, boolean demo, Instant frozenAt,
                        Instant publishedAt, int version) {
}
