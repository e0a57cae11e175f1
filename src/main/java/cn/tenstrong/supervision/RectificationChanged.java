package cn.tenstrong.supervision;

/** Published after a 整改 task was created or moved (reported, returned, 销号, re-checked), in the same transaction. */
public record RectificationChanged(long rectificationId, RectificationStatus status) {
}
