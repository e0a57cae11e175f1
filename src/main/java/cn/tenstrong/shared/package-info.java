/** The few types every module shares: domain exceptions and their mapping to HTTP problem details. */
@org.springframework.modulith.ApplicationModule(displayName = "共享", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.tenstrong.shared;
