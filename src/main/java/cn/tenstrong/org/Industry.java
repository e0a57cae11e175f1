package cn.tenstrong.org;

/** 十强产业: one of the programme's industries (文旅 has two sub-industries with their own plans). */
public record Industry(String code, String name, String parentCode, String planTitleKeyword) {
}
