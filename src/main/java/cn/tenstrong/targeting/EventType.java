package cn.tenstrong.targeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * 招商活动类型: the kinds of events the seed names — 专项对接活动 / 投融资对接活动 / 产学研对接 (对接会), 推介会,
 * 博览会 and 展会, 签约活动, 大会 and 论坛 (国际虚拟现实创新大会, 省软件生态大会), 路演 ("齐鲁企舞"路演基地).
 */
public enum EventType {
    MATCHMAKING("对接会"), PROMOTION("推介会"), EXPO("博览会"), SIGNING("签约活动"), FORUM("大会/论坛"),
    ROADSHOW("路演"), OTHER("其他");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (MATCHMAKING) or label (对接会). */
    public static Optional<EventType> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
