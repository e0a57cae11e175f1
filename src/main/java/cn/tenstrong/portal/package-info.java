/** 门户: the login page, the page layout with its navigation, and the home page with the programme's figures. */
@org.springframework.modulith.ApplicationModule(displayName = "门户",
        allowedDependencies = {"access", "chain", "enterprise", "evaluation", "ledger", "org", "plan", "project", "shared", "supervision", "targeting"})
package cn.tenstrong.portal;
