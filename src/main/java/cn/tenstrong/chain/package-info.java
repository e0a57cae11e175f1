/**
 * 产业链 module: the chain catalog (one YAML file per 十强产业 plan under {@code chain/catalog/}), stored in the
 * database on startup and edited there by the task force ({@link cn.tenstrong.chain.ChainDirectory}); its
 * segment trees (上游/中游/下游 → finer segments), automatic placement of enterprises on segments
 * ({@link cn.tenstrong.chain.SegmentMatcher}), the editable per-chain lists (卡脖子技术, 人才需求) and the 链长制: 链长,
 * 包挂单位, 联盟/协会 ({@link cn.tenstrong.chain.ChainLeadership}) and the plan items tagged as the chain's tasks
 * ({@link cn.tenstrong.chain.ChainTasks}, read through the plan module's {@code PlanCatalog}).
 *
 * <p>Public API: {@link cn.tenstrong.chain.ChainDirectory} with {@link cn.tenstrong.chain.ChainSummary},
 * {@link cn.tenstrong.chain.SegmentRecord}, {@link cn.tenstrong.chain.SegmentChange},
 * {@link cn.tenstrong.chain.ChainListItem}, {@link cn.tenstrong.chain.ChainCatalogChanged};
 * {@link cn.tenstrong.chain.ChainCatalog}, {@link cn.tenstrong.chain.Chain},
 * {@link cn.tenstrong.chain.ChainSegment}, {@link cn.tenstrong.chain.Stage}, {@link cn.tenstrong.chain.ChainBasis},
 * {@link cn.tenstrong.chain.Industry}, {@link cn.tenstrong.chain.SegmentMatcher} with
 * {@link cn.tenstrong.chain.EnterpriseDescription} and {@link cn.tenstrong.chain.SegmentMatch};
 * {@link cn.tenstrong.chain.ChainLeadership} with {@link cn.tenstrong.chain.ChainChief},
 * {@link cn.tenstrong.chain.SupportAgency}, {@link cn.tenstrong.chain.ChainAlliance};
 * {@link cn.tenstrong.chain.ChainTasks} with {@link cn.tenstrong.chain.ChainTask},
 * {@link cn.tenstrong.chain.TaskSuggestion}; {@link cn.tenstrong.chain.IndustryClassification} (GB/T 4754-2017).
 * Everything in {@code internal}, {@code persistence} and {@code web} is implementation, and so are the
 * package-private {@code CatalogReader}, {@code KeywordAutomaton} and {@code MatchText} beside the catalog and the
 * matcher, which commands and tests build without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "产业链",
        allowedDependencies = {"access", "audit", "org", "plan", "shared"})
package cn.tenstrong.chain;
