package cn.tenstrong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tenstrong.shared.StreamingXlsx;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a 1,000,000-row .xlsx (the enterprise import's columns) in a JVM limited to 512 MB: the platform's
 * streaming reader against POI's object model (the baseline: what the import used before), each in its own child
 * JVM with {@code -Xmx512m}. Run with {@code mvn -B -Pbench test -Dtest=LargeXlsxReadBenchmarkTest [-Dbench.rows=N]}.
 */
@Tag("bench")
class LargeXlsxReadBenchmarkTest {

    @Test
    void aMillionRowsIn512Megabytes() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path file = Files.createTempFile("bench-enterprises-", ".xlsx");
        try {
            long t0 = System.nanoTime();
            write(file, rows);
            System.out.printf("%n=== %,d-row .xlsx: %,d bytes, written in %d ms ===%n", rows, Files.size(file),
                    (System.nanoTime() - t0) / 1_000_000);
            Result streaming = child("streaming", file);
            Result objectModel = child("usermodel", file);
            System.out.println("streaming reader (platform), -Xmx512m: " + streaming);
            System.out.println("POI object model (baseline), -Xmx512m: " + objectModel);
            assertThat(streaming.exit()).as(streaming.output()).isZero();
            assertThat(streaming.output()).contains("rows=" + (rows + 1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    record Result(int exit, long millis, String output) {
        @Override
        public String toString() {
            String line = output.strip().lines().filter(l -> l.startsWith("rows=") || l.contains("Exception")
                    || l.contains("Error")).findFirst().orElse(output.strip());
            return "exit " + exit + " in " + millis + " ms: " + (line.length() > 240 ? line.substring(0, 240) : line);
        }
    }

    private static Result child(String mode, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Reader.class.getName(), mode, file.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        return new Result(exit, (System.nanoTime() - t0) / 1_000_000, out);
    }

    private static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("企业");
            String[] head = {"统一社会信用代码", "企业名称", "所在地区", "行业代码", "注册资本（万元）", "经营范围", "主营产品"};
            var h = sheet.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int i = 1; i <= rows; i++) {
                var r = sheet.createRow(i);
                r.createCell(0).setCellValue("");
                r.createCell(1).setCellValue("基准测试企业" + i + "有限公司");
                r.createCell(2).setCellValue("370102");
                r.createCell(3).setCellValue("C3985");
                r.createCell(4).setCellValue(1000 + i % 5000);
                r.createCell(5).setCellValue("电子元器件制造；集成电路设计；软件开发");
                r.createCell(6).setCellValue("传感器");
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** The child JVM: reads every row and prints the count and the heap it needed. */
    public static final class Reader {
        public static void main(String[] args) throws Exception {
            byte[] content = Files.readAllBytes(Path.of(args[1]));
            long count = 0;
            if (args[0].equals("streaming")) {
                try (StreamingXlsx file = StreamingXlsx.open(content, Integer.MAX_VALUE - 1, "企业")) {
                    for (Row row : file.firstSheetRows()) {
                        count += row.getLastCellNum() > 0 ? 1 : 0;
                    }
                }
            } else {
                try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(content))) {
                    for (Row row : wb.getSheetAt(0)) {
                        count += row.getLastCellNum() > 0 ? 1 : 0;
                    }
                }
            }
            var heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(m -> m.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
            System.out.println("rows=" + count + " peakHeapMB=" + heap / (1024 * 1024));
        }
    }
}
