package cn.tenstrong.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 数据目录: where this platform keeps its files — the embedded database ({@code pg}), the search index
 * ({@code lucene}), the audit key ({@code audit}), the demo passwords. Shared because several modules write under
 * it; the embedded database's own settings ({@code platform.database}) belong to the {@code database} module.
 */
@ConfigurationProperties("platform")
public record PlatformProperties(@DefaultValue("./data") Path dataDir) {
}
