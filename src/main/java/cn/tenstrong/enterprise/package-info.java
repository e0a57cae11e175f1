/**
 * 企业库 module (groundwork): the 统一社会信用代码 validator {@link cn.tenstrong.enterprise.Uscc} and the
 * deterministic {@link cn.tenstrong.enterprise.SyntheticEnterpriseGenerator} for demos and scale tests.
 * Depends on the chain module's public API only (segment vocabularies).
 */
package cn.tenstrong.enterprise;
