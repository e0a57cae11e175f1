package cn.tenstrong.enterprise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.CsvData;

/**
 * 企业名称用字: 字号 characters, the 行业特点 word for each GB/T 4754 division (or group, where the division's word would
 * mislead: a shipyard is not 轨道交通装备), and the enterprises outside every chain — read from the data files under
 * {@code enterprise/synthetic/}.
 *
 * @param tradeNameChars characters common in real 字号; two are drawn per name
 * @param industryWords  行业特点 words by GB/T division (2 digits) or group (3 digits); a name picks one of them
 * @param offChain       enterprises outside every chain, so that placement can be tested against things that must not
 *                       match: class code, 行业特点 word, 经营范围, 主营产品
 */
record NameVocabulary(String tradeNameChars, Map<String, List<String>> industryWords, List<List<String>> offChain) {

    static final String TRADE_NAME_CHARS = "enterprise/synthetic/trade-name-chars.csv";
    static final String INDUSTRY_WORDS = "enterprise/synthetic/industry-words.csv";
    static final String OFF_CHAIN = "enterprise/synthetic/off-chain-enterprises.csv";

    NameVocabulary {
        industryWords = Map.copyOf(industryWords);
        offChain = List.copyOf(offChain);
    }

    /** Reads the bundled files. */
    static NameVocabulary loadDefault() {
        String chars = CsvData.readClasspath(TRADE_NAME_CHARS).get(0).get("chars").strip();
        Map<String, List<String>> words = new HashMap<>();
        for (Map<String, String> r : CsvData.readClasspath(INDUSTRY_WORDS)) {
            words.put(r.get("code"), List.of(r.get("words").split("\\|")));
        }
        List<List<String>> offChain = CsvData.readClasspath(OFF_CHAIN).stream()
                .map(r -> List.of(r.get("industry_code"), r.get("industry_word"), r.get("business_scope"),
                        r.get("main_products")))
                .toList();
        return new NameVocabulary(chars, words, offChain);
    }

    /** Candidate 行业特点 words for a 4-digit class: its group's, else its division's; 科技 when neither has any. */
    List<String> industryWords(String classCode) {
        List<String> byGroup = industryWords.get(classCode.substring(0, 3));
        return byGroup != null ? byGroup : industryWords.getOrDefault(classCode.substring(0, 2), List.of("科技"));
    }
}
