package cn.tenstrong.enterprise;

/**
 * 企业关系导入结果.
 *
 * @param rows    data rows read
 * @param created new relations
 * @param updated existing relations (same two enterprises and type) whose amount or source was replaced
 */
public record RelationImportResult(int rows, int created, int updated) {
}
