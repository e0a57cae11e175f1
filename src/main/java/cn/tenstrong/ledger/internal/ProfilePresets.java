package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.ledger.TargetProfile.Preset;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The preset 进度曲线 offered on the curve form, read once from {@code ledger/profile-presets.csv} (columns code, name,
 * description, m1 … m12: cumulative percentages for a target due in December). A preset that is not a valid curve
 * stops the platform at start, naming the row.
 */
@Component
class ProfilePresets {

    static final String RESOURCE = "ledger/profile-presets.csv";

    private final List<Preset> presets;

    ProfilePresets() {
        this(CsvData.readClasspath(RESOURCE));
    }

    ProfilePresets(List<Map<String, String>> rows) {
        List<Preset> read = new ArrayList<>();
        LocalDate endOfYear = LocalDate.of(2000, 12, 31);
        for (Map<String, String> row : rows) {
            String code = row.getOrDefault("code", "");
            if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw new IllegalStateException(RESOURCE + ": 预设代码须为大写字母、数字和下划线：" + code);
            }
            List<BigDecimal> monthly = new ArrayList<>();
            try {
                for (int m = 1; m <= ProfileCurve.MONTHS; m++) {
                    String cell = row.get("m" + m);
                    monthly.add(cell == null || cell.isBlank() ? null : new BigDecimal(cell));
                }
                monthly = ProfileCurve.validate(monthly, ProfileCurve.MONTHS, endOfYear);
            } catch (NumberFormatException | DomainException e) {
                throw new IllegalStateException(RESOURCE + " " + code + ": " + e.getMessage(), e);
            }
            read.add(new Preset(code, row.getOrDefault("name", code), row.getOrDefault("description", ""), monthly));
        }
        if (read.stream().map(Preset::code).distinct().count() != read.size()) {
            throw new IllegalStateException(RESOURCE + ": 预设代码重复");
        }
        this.presets = List.copyOf(read);
    }

    List<Preset> all() {
        return presets;
    }

    /** The presets fitted to a target due at the end of {@code dueMonth}. */
    List<Preset> fittedTo(int dueMonth) {
        return presets.stream().map(p -> new Preset(p.code(), p.name(), p.description(),
                ProfileCurve.fit(p.monthly(), dueMonth))).toList();
    }
}
