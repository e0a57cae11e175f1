package cn.tenstrong.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.CsvData;

/**
 * 随附的真实企业文本: every text of the bundled listed companies that placement reads (主营业务, 经营范围, 2021 主营产品)
 * and every product of their revenue breakdowns, as they are in the files — the inputs on which the fast paths of
 * matching are compared with the code they replaced.
 */
final class BundledTexts {

    private BundledTexts() {
    }

    /** The texts, unnormalised, in file order (blank cells left out). */
    static List<String> all() {
        List<String> texts = new ArrayList<>();
        for (Map<String, String> c : CsvData.readClasspath("enterprise/reference/listed-companies.csv")) {
            for (String column : List.of("main_business", "business_scope", "main_products_2021")) {
                String text = c.get(column);
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        for (Map<String, String> p : CsvData.readClasspath("enterprise/reference/company-products-2021.csv")) {
            String product = p.get("product");
            if (product != null && !product.isBlank()) {
                texts.add(product);
            }
        }
        return texts;
    }
}
