package cn.tenstrong.enterprise;

import java.util.Collection;
import java.util.List;

/**
 * 企业关系 (供应/采购, 投资, 合作) between enterprises of the library, imported from CSV/XLSX. Imports are all or
 * nothing with errors by row and column, upsert by (两家企业, 关系类型) and are audited.
 */
public interface EnterpriseRelations {

    /** 导入 CSV (UTF-8/GBK) or XLSX; every row refers to enterprises already in the library (USCC or exact name). */
    RelationImportResult importFile(byte[] content, String fileName);

    /** The import template (XLSX): header, one example row and a sheet of instructions. */
    byte[] importTemplate();

    /** Relations with any of these enterprises on either side (one query; for ranking many candidates). */
    List<EnterpriseRelation> involving(Collection<Long> enterpriseIds);

    /** How many relations are stored. */
    long count();
}
