package cn.tenstrong.enterprise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 模拟企业的登记地区: Shandong's counties (GB/T 2260, from shared/data) and other provinces' main cities.
 *
 * @param shandong counties and districts of Shandong
 * @param elsewhere prefecture-level cities (and municipalities) outside Shandong
 */
record RegionTable(List<Region> shandong, List<Region> elsewhere) {

    static final String SHANDONG_RESOURCE = "enterprise/shandong-admin-divisions.csv";
    static final String OTHER_RESOURCE = "enterprise/other-cities.csv";

    RegionTable {
        shandong = List.copyOf(shandong);
        elsewhere = List.copyOf(elsewhere);
    }

    /** Reads the bundled tables. */
    static RegionTable loadDefault() {
        List<String[]> sd = rows(SHANDONG_RESOURCE);
        Map<String, String> cityNames = new HashMap<>();
        for (String[] r : sd) {
            if (r[3].equals("city")) {
                cityNames.put(r[0], r[1]);
            }
        }
        List<Region> shandong = new ArrayList<>();
        for (String[] r : sd) {
            if (r[3].equals("county")) {
                String city = cityNames.get(r[2]);
                shandong.add(new Region(r[0], "山东省" + city + r[1], stripSuffix(city)));
            }
        }
        List<Region> elsewhere = new ArrayList<>();
        for (String[] r : rows(OTHER_RESOURCE)) {
            String full = r[2].equals(r[1]) ? r[1] : r[2] + r[1];
            elsewhere.add(new Region(r[0], full, stripSuffix(r[1])));
        }
        return new RegionTable(shandong, elsewhere);
    }

    private static String stripSuffix(String name) {
        return name.endsWith("市") ? name.substring(0, name.length() - 1) : name;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = RegionTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("找不到地区文件 " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("读取地区文件 " + resource + " 失败", e);
        }
        return out;
    }
}
