package cn.tenstrong.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * 国民经济行业分类 GB/T 4754-2017, as bundled from shared/data (codes kept as strings: 0111 stays 0111).
 *
 * @param namesByCode every code (门类 letter, 2-, 3- and 4-digit) to its name
 */
public record IndustryClassification(Map<String, String> namesByCode) {

    public static final String DEFAULT_RESOURCE = "chain/gbt4754-2017-industry-classification.csv";

    public IndustryClassification {
        namesByCode = Map.copyOf(namesByCode);
    }

    /** Reads the bundled copy. */
    public static IndustryClassification loadDefault() {
        InputStream in = IndustryClassification.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("找不到行业分类文件 " + DEFAULT_RESOURCE);
        }
        return read(in);
    }

    /** Reads a CSV with columns code,name,level,… (the shared/data layout). */
    public static IndustryClassification read(InputStream in) {
        Map<String, String> names = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",", -1);
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    names.put(cells[0].trim(), cells[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("读取行业分类文件失败", e);
        }
        return new IndustryClassification(names);
    }

    /** The 4-digit 小类 codes. */
    public Set<String> classCodes() {
        return namesByCode.keySet().stream().filter(c -> c.length() == 4 && c.chars().allMatch(Character::isDigit))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
