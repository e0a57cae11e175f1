package cn.tenstrong.org;

import java.util.List;

/** 单位: one agency of the directory, with its canonical name and the other names it goes by. */
public record Agency(String name, AgencyKind kind, List<String> aliases) {
    public Agency {
        aliases = List.copyOf(aliases);
    }
}
