package cn.tenstrong.enterprise.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code platform.enterprise.bulk-load} (批量导入): settings of a load that defers its indexes
 * ({@code generate-enterprises --defer-indexes}).
 *
 * @param indexBuildMemory PostgreSQL's {@code maintenance_work_mem} for rebuilding the deferred indexes, set for the
 *                         load's transaction only: a build that sorts in memory instead of in temporary files (at
 *                         10M enterprises an index's keys take a few hundred MB)
 */
@ConfigurationProperties("platform.enterprise.bulk-load")
record BulkLoadProperties(@DefaultValue("512MB") DataSize indexBuildMemory) {

    BulkLoadProperties {
        if (indexBuildMemory.toKilobytes() < 1024 || indexBuildMemory.toGigabytes() > 16) {
            throw new IllegalStateException("platform.enterprise.bulk-load.index-build-memory 应在1MB到16GB之间："
                    + indexBuildMemory);
        }
    }
}
