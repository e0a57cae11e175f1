package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the evaluation tables keep (declared values, flags, frozen results). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, BigDecimal> values(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, BigDecimal>>() { });
    }

    static List<String> strings(String json) {
        return MAPPER.readValue(json, new TypeReference<List<String>>() { });
    }

    static FrozenResult frozen(String json) {
        return MAPPER.readValue(json, FrozenResult.class);
    }
}
