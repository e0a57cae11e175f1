/**
 * 审计日志: an append-only, hash-chained record of logins and of every data change (who, when,
 * what, before and after). Tampering with a stored row breaks the chain and is reported.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计日志",
        allowedDependencies = {"shared"})
package cn.tenstrong.audit;
