package cn.tenstrong.ledger;

/** 报告状态: draft → submitted → accepted, or returned with a comment (then edited and submitted again). */
public enum ReportStatus { DRAFT, SUBMITTED, ACCEPTED, RETURNED }
