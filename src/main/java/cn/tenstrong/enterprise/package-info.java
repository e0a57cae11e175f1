/**
 * 企业库: enterprises (import from CSV/XLSX with USCC checks, upsert by USCC, profile, edits), Lucene full-text
 * search (Lucene, CJK bigrams), placement of enterprises on chain segments (automatic and by the task force), and the chain
 * maps with their lists ("1张图谱 + N张清单": 链主, 骨干/配套, 专精特新, 短板环节, 招商目标企业, 重点项目).
 * Also the deterministic {@link cn.tenstrong.enterprise.SyntheticEnterpriseGenerator} for demos and scale tests.
 *
 * <p>Public API: {@link cn.tenstrong.enterprise.EnterpriseLibrary}, {@link cn.tenstrong.enterprise.ChainMaps},
 * {@link cn.tenstrong.enterprise.SegmentProjects} (extension point), {@link cn.tenstrong.enterprise.Uscc},
 * the records they use, and {@link cn.tenstrong.enterprise.EnterprisesChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "企业库",
        allowedDependencies = {"access", "audit", "chain", "org", "shared"})
package cn.tenstrong.enterprise;
