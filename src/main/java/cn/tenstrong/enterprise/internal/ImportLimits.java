package cn.tenstrong.enterprise.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many data rows one uploaded file may hold (导入行数上限). A file over the limit is refused at the first row
 * beyond it, before the rest is read; an import is all or nothing, so its rows are checked together in memory, and the
 * limits keep that within a 512 MB heap. Larger libraries arrive in several files.
 */
@ConfigurationProperties("platform.enterprise.import")
record ImportLimits(@DefaultValue("100000") int maxEnterpriseRows, @DefaultValue("50000") int maxRelationRows) {
}
