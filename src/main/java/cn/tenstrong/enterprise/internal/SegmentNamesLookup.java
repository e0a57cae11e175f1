package cn.tenstrong.enterprise.internal;

import java.util.Optional;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.persistence.SegmentNames;
import org.springframework.stereotype.Component;

/** Segment names from the chain catalog ({@link ChainDirectory}). */
@Component
class SegmentNamesLookup implements SegmentNames {

    private final ChainDirectory chains;

    SegmentNamesLookup(ChainDirectory chains) {
        this.chains = chains;
    }

    @Override
    public Optional<String> name(String chainCode, String segmentCode) {
        return chains.chain(chainCode).flatMap(c -> c.segment(segmentCode)).map(ChainSegment::name);
    }
}
