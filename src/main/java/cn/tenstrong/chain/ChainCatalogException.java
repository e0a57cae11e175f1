package cn.tenstrong.chain;

import java.util.List;

/** 产业链目录数据有误: every problem found while loading, each naming its file and segment. */
public class ChainCatalogException extends RuntimeException {

    private final List<String> problems;

    public ChainCatalogException(List<String> problems) {
        super("产业链目录校验未通过，共" + problems.size() + "处问题：\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** 问题清单 (one Chinese sentence each). */
    public List<String> problems() {
        return problems;
    }
}
