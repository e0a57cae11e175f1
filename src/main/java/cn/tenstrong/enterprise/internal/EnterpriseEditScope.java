package cn.tenstrong.enterprise.internal;

import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.enterprise.Enterprise;

/**
 * 企业维护的数据范围: the library is shared, but an enterprise registered in a Shandong city is maintained by that
 * city's bureaus (and province-level users); any city may add new enterprises and maintain those registered outside
 * Shandong, which are the ones every city researches for 招商.
 */
final class EnterpriseEditScope {

    private EnterpriseEditScope() {
    }

    /** Why this user may not change this existing enterprise, or empty when it may. */
    static Optional<String> refusal(CurrentUser me, Enterprise existing) {
        if (me == null || me.dataScope() != DataScope.OWN_CITY && me.dataScope() != DataScope.OWN_PARK) {
            return Optional.empty();
        }
        String region = existing.regionCode();
        if (region == null || !region.startsWith("37") || me.cityCode() == null
                || region.startsWith(me.cityCode().substring(0, 4))) {
            return Optional.empty();
        }
        return Optional.of("该企业登记在" + existing.regionName() + "，只能由所在市或省级用户维护");
    }
}
