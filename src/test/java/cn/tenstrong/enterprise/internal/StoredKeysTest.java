package cn.tenstrong.enterprise.internal;

import java.util.List;
import java.util.stream.LongStream;

import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.StoredKeys;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 库中企业标识: every stored enterprise's keys are in the filter (a stored one is never taken for new), and new drafts
 * rarely are (each of those costs a lookup).
 */
class StoredKeysTest extends IntegrationTest {

    @Autowired
    SyntheticLoad load;
    @Autowired
    EnterpriseRows rows;
    @Autowired
    JdbcClient jdbc;

    private static List<EnterpriseDraft> drafts(SyntheticEnterpriseGenerator g, long from, int count) {
        return LongStream.range(from, from + count).mapToObj(g::enterprise).map(EnterpriseLoaders::draft).toList();
    }

    @Test
    void everyStoredKeyIsFoundAndNewDraftsRarelyAre() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1601);
        List<SyntheticEnterprise> stored = LongStream.range(8_100_000, 8_100_300).mapToObj(generator::enterprise)
                .toList();
        load.load(stored.iterator(), "stored-keys-test", 100, false);
        jdbc.sql("insert into enterprise (name, source) values ('测试无信用代码企业甲', 'SEED_PLAN')").update();

        StoredKeys keys = rows.storedKeys();

        assertThat(keys.stored()).isGreaterThanOrEqualTo(301);
        assertThat(drafts(generator, 8_100_000, 300)).allMatch(keys::mayBeStored);
        // by name only among enterprises without a USCC, as the lookup matches them
        EnterpriseDraft sameName = drafts(generator, 8_200_000, 1).get(0);
        assertThat(keys.mayBeStored(withNameOnly(sameName, "测试无信用代码企业甲"))).isTrue();
        assertThat(keys.mayBeStored(withNameOnly(sameName, stored.get(0).name()))).as("its row has a USCC").isFalse();
        long falsePositives = drafts(generator, 8_300_000, 20_000).stream().filter(keys::mayBeStored).count();
        assertThat(falsePositives).as("about 0.1 %% of 20,000 new drafts").isLessThan(100);
    }

    private static EnterpriseDraft withNameOnly(EnterpriseDraft d, String name) {
        return new EnterpriseDraft(null, name, d.regionCode(), d.regionName(), d.local(), d.industryCode(),
                d.registeredCapital(), d.foundedOn(), d.businessScope(), d.mainProducts(), d.tags(), d.revenue(),
                d.employees(), d.source(), d.synthetic(), d.needsReview(), d.reviewNote(), d.listing(),
                d.swIndustryCode(), d.swIndustryName(), d.revenueYear(), d.provenance());
    }
}
