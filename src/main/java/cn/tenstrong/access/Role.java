package cn.tenstrong.access;

/** 角色: the six roles the platform knows. */
public enum Role {
    SYS_ADMIN, TASK_FORCE, AGENCY, CITY_BUREAU, PARK, LEADER;

    /** The authority name Spring Security checks with hasRole. */
    public String authority() {
        return "ROLE_" + name();
    }
}
