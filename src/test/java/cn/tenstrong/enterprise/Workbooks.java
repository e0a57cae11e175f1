package cn.tenstrong.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx import files with POI, and valid or deliberately broken USCCs. */
final class Workbooks {

    static final List<String> HEADER = List.of(GenerateEnterprisesCommand.HEADER);

    private Workbooks() {
    }

    /** An xlsx with the import header and these rows (cells in header order; shorter rows are padded). */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("企业");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (c == 4 && v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v)); // a numeric capital cell, as Excel stores it
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid USCC of an enterprise (91) registered in the region, with an 8-character body. */
    static String uscc(String region, String body8) {
        return Uscc.withCheckDigit("91" + region + body8 + Uscc.organizationCodeCheckChar(body8));
    }

    /** The same code with a wrong 18th character. */
    static String wrongCheckDigit(String valid) {
        char last = valid.charAt(17);
        char wrong = Uscc.CHARSET.charAt((Uscc.CHARSET.indexOf(last) + 1) % Uscc.CHARSET.length());
        return valid.substring(0, 17) + wrong;
    }

    /** Cells: USCC, name, region, industry, capital, founded, scope, products, tags, revenue, employees. */
    static List<String> row(String uscc, String name, String region, String industry, String capital, String founded,
                            String scope, String products, String tags, String revenue, String employees) {
        return List.of(uscc, name, region, industry, capital, founded, scope, products, tags, revenue, employees, "");
    }
}
