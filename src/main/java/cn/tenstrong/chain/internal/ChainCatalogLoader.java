package cn.tenstrong.chain.internal;

import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.persistence.ChainRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the YAML chain catalog in the database on every start. Idempotent and edit-preserving: only chains
 * and segments that are missing are inserted; rows the task force edited are never overwritten.
 */
@Component
@Order(38) // reference data of the chains: before every module that builds on chain (41 on)
class ChainCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChainCatalogLoader.class);

    private final ChainRows rows;
    private final JdbcChainDirectory directory;

    ChainCatalogLoader(ChainRows rows, JdbcChainDirectory directory) {
        this.rows = rows;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ChainCatalog catalog = ChainCatalog.loadDefault();
        int chains = 0;
        int segments = 0;
        int chainOrder = 0;
        for (Chain chain : catalog.chains()) {
            if (rows.insertChainIfMissing(chain.code(), chain.name(), chain.industry().code(), chain.industry().name(),
                    chain.basis().name(), chain.sourceNote(), chain.note() == null ? "" : chain.note(), chain.file(),
                    chainOrder++)) {
                chains++;
            }
            int order = 0;
            for (ChainSegment s : chain.segments()) {
                if (rows.insertSegmentIfMissing(chain.code(), s.code(), s.name(), s.stage().name(), s.depth(),
                        s.parentCode(), order++, s.keywords(), s.products(), s.gbtCodes())) {
                    segments++;
                }
            }
        }
        directory.invalidate();
        log.info("Chain catalog: {} chains, {} new chains and {} new segments stored", catalog.chains().size(), chains,
                segments);
    }
}
