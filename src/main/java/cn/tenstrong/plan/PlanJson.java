package cn.tenstrong.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code parse} JSON contract: {"plans":[{"title","industry","year","items":[…]}],"warnings":[…]}.
 * Built from maps so that the key order and names are fixed here, not by record reflection.
 */
public final class PlanJson {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Pretty-printed JSON of a parsed document. */
    public String write(ParsedDocument doc) {
        return mapper.writeValueAsString(tree(doc));
    }

    /** The JSON tree as maps and lists (for callers that embed it). */
    public static Map<String, Object> tree(ParsedDocument doc) {
        List<Object> plans = new ArrayList<>();
        for (Plan p : doc.plans()) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("title", p.title());
            plan.put("industry", p.industry());
            plan.put("year", p.year());
            List<Object> items = new ArrayList<>();
            for (PlanItem i : p.items()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", i.kind().name());
                item.put("part", i.part());
                item.put("section", i.section());
                item.put("number", i.number());
                item.put("clause", i.clause());
                item.put("heading", i.heading());
                item.put("text", i.text());
                item.put("lead", i.lead());
                item.put("support", i.support());
                List<Object> targets = new ArrayList<>();
                for (Target t : i.targets()) {
                    Map<String, Object> target = new LinkedHashMap<>();
                    target.put("text", t.text());
                    target.put("metric", t.metric());
                    target.put("value", t.value());
                    target.put("low", t.low());
                    target.put("high", t.high());
                    target.put("unit", t.unit());
                    target.put("qualifier", t.qualifier().name());
                    targets.add(target);
                }
                item.put("targets", targets);
                List<Object> incentives = new ArrayList<>();
                for (Incentive g : i.incentives()) {
                    Map<String, Object> incentive = new LinkedHashMap<>();
                    incentive.put("text", g.text());
                    incentive.put("value", g.value());
                    incentive.put("unit", g.unit());
                    incentive.put("qualifier", g.qualifier().name());
                    incentive.put("kind", g.kind());
                    incentive.put("clause", g.clause());
                    incentives.add(incentive);
                }
                item.put("incentives", incentives);
                item.put("deadline", i.deadline() == null ? null : i.deadline().toString());
                items.add(item);
            }
            plan.put("items", items);
            plans.add(plan);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plans", plans);
        root.put("warnings", doc.warnings());
        return root;
    }
}
