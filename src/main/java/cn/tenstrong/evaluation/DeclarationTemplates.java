package cn.tenstrong.evaluation;

/**
 * 申报模板 (Excel): the FORM values of a round's subjects as a workbook to fill in and import back. One row per
 * subject the caller may declare (the 专班 all, a park or city its own), one column per value a declaration gives
 * (unit in the header), the current values filled in; platform and expert indicators are not in it. The import is
 * all or nothing and only during 申报.
 */
public interface DeclarationTemplates {

    /** The template (.xlsx) of the subjects the caller may declare. */
    byte[] template(long roundId);

    /**
     * Applies a filled-in template: every row is checked (subject in the round and the caller's to declare, version
     * as exported, numbers within each indicator's range) and nothing is stored unless all are right.
     *
     * @return the number of subjects whose declaration changed
     * @throws DeclarationImportException with every problem by row and column when anything is wrong
     */
    int importTemplate(long roundId, byte[] xlsx);
}
