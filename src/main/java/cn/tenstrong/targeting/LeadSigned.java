package cn.tenstrong.targeting;

/** A lead was signed (published inside the signing transaction); projectId is the project created, or null. */
public record LeadSigned(long leadId, String industryCode, String cityCode, Long projectId) {
}
