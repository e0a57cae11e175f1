package cn.tenstrong.org.internal;

import java.util.List;
import java.util.Optional;

import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.org.persistence.ParkRows;
import org.springframework.stereotype.Service;

/** 园区名录 backed by org_park. */
@Service
class JdbcParkDirectory implements ParkDirectory {

    private final ParkRows rows;

    JdbcParkDirectory(ParkRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Park> parks() {
        return rows.all();
    }

    @Override
    public List<Park> parks(String cityCode) {
        return cityCode == null ? List.of() : rows.inCity(cityCode);
    }

    @Override
    public Optional<Park> park(long organizationId) {
        return rows.byId(organizationId);
    }
}
