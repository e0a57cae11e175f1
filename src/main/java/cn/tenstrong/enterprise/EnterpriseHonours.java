package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 荣誉核实: the honours enterprises state about themselves (自述) count at a reduced weight in recommendations until
 * a task force confirms them (the tag joins the enterprise's tags) or rejects them. Version-checked and audited.
 */
public interface EnterpriseHonours {

    /** The honours of an enterprise, self-reported ones first. */
    List<EnterpriseHonour> honours(long enterpriseId);

    /**
     * 确认 or 驳回 a self-reported honour.
     *
     * @param version the version the task force saw (409 when it changed)
     */
    EnterpriseHonour decide(long enterpriseId, long honourId, int version, boolean confirm);
}
