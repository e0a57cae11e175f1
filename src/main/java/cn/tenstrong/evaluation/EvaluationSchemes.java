package cn.tenstrong.evaluation;

import java.util.List;

/** 评价方案 loaded from src/main/resources/evaluation/schemes, every version kept. */
public interface EvaluationSchemes {

    List<SchemeView> schemes();

    SchemeView scheme(long id);
}
