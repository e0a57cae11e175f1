package cn.tenstrong.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 大文件读取: opens an uploaded .xlsx as a stream of rows (a small window of rows in memory, not POI's object model
 * of the whole sheet), so an import's memory does not grow with the file, and counts the rows as they come so a file over
 * its import's limit is refused at the first row beyond it, with the limit in Chinese, before the rest is read.
 */
public final class StreamingXlsx implements AutoCloseable {

    private final Workbook workbook;
    private final int maxRows;
    private final String limitText;

    private StreamingXlsx(Workbook workbook, int maxRows, String limitText) {
        this.workbook = workbook;
        this.maxRows = maxRows;
        this.limitText = limitText;
    }

    /**
     * @param maxRows   data rows allowed after the header row
     * @param limitText what the limit is about, e.g. "企业" (the message reads 一次最多导入 N 行企业数据)
     */
    public static StreamingXlsx open(byte[] content, int maxRows, String limitText) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("导入文件为空");
        }
        try {
            Workbook wb = StreamingReader.builder().rowCacheSize(200).bufferSize(8192)
                    .open(new ByteArrayInputStream(content));
            return new StreamingXlsx(wb, maxRows, limitText);
        } catch (RuntimeException e) {
            throw new DomainException(DomainException.Kind.INVALID, "文件不是有效的 Excel（.xlsx）文件或已损坏", e);
        }
    }

    /** The rows of the first sheet, in order, header first; the limit is checked as they are read. */
    public Iterable<Row> firstSheetRows() {
        Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        if (sheet == null) {
            throw DomainException.invalid("Excel 文件中没有工作表");
        }
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Row> rows = sheet.rowIterator();
            private int read;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                if (++read > maxRows + 1) {
                    throw DomainException.invalid("文件超过上限：一次最多导入 " + maxRows + " 行" + limitText
                            + "数据（第 " + (row.getRowNum() + 1) + " 行起未读取），请拆分为多个文件分批导入");
                }
                return row;
            }
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
