package cn.tenstrong.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 节点名称: how this platform process names itself in the cluster — in the {@code locked_by} column of the job locks
 * it holds ({@code shared_job_lock}), so that an operator sees which node ran a job even when several nodes share a
 * host name (two nodes on one machine, containers with a fixed host name).
 *
 * @param name the node's name; blank: the host name (ShedLock's own choice)
 */
@ConfigurationProperties("platform.node")
record NodeProperties(String name) {

    boolean named() {
        return name != null && !name.isBlank();
    }
}
