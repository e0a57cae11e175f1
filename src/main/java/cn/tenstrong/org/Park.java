package cn.tenstrong.org;

import java.math.BigDecimal;
import java.util.List;

/**
 * 园区档案: a park of the directory, as the public list it comes from names it.
 *
 * @param organizationId    the park's organisation (kind PARK), the key other modules keep (projects, evaluations)
 * @param name              the organisation's name (管理委员会)
 * @param zoneName          the zone's official name, e.g. 烟台经济技术开发区
 * @param areaKm2           面积 in km², null when no quotable source gives it
 * @param leadingIndustries 主导产业, empty when no quotable source gives them
 * @param source            the public list (and vintage) the row comes from
 */
public record Park(long organizationId, String name, String zoneName, String shortName, ParkLevel level,
                   String cityCode, String cityName, BigDecimal areaKm2, List<String> leadingIndustries,
                   String source) {

    public Park {
        leadingIndustries = leadingIndustries == null ? List.of() : List.copyOf(leadingIndustries);
    }

    public String levelLabel() {
        return level.label();
    }
}
