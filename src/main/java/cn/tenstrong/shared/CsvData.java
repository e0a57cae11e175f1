package cn.tenstrong.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the UTF-8, header-first CSV data files shipped under src/main/resources. */
public final class CsvData {

    private CsvData() {
    }

    public static List<Map<String, String>> readClasspath(String path) {
        try (InputStream in = CsvData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少数据文件: " + path);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取数据文件: " + path, e);
        }
    }

    public static List<Map<String, String>> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        return format.parse(reader).stream().map(CSVRecord::toMap).toList();
    }
}
