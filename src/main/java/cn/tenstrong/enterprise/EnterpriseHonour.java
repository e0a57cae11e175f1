package cn.tenstrong.enterprise;

import java.time.Instant;

/**
 * 荣誉 an enterprise states about itself (自述), with the sentence it came from, until a task force confirms or
 * rejects it.
 *
 * @param id           id
 * @param enterpriseId the enterprise
 * @param honour       the honour as the source names it (专精特新“小巨人”企业, 制造业单项冠军示范企业 …)
 * @param tag          the platform tag it stands for, or {@code null} when none does (科技小巨人, 独角兽 …)
 * @param level        国家级 / 省/市级 / 未注明, as the sentence says
 * @param batch        第X批 written in the sentence, or empty
 * @param batchYear    the year of the batch, or {@code null}
 * @param holder       "subsidiary (per text)" when the sentence gives the honour to a subsidiary, else empty
 * @param evidence     the sentence
 * @param source       where the sentence comes from
 * @param status       自述 / 已确认 / 已驳回
 * @param decidedBy    who confirmed or rejected it
 * @param decidedAt    when
 * @param version      optimistic-lock version
 */
public record EnterpriseHonour(long id, long enterpriseId, String honour, EnterpriseTag tag, String level, String batch,
                               Integer batchYear, String holder, String evidence, String source, HonourStatus status,
                               String decidedBy, Instant decidedAt, int version) {
}
