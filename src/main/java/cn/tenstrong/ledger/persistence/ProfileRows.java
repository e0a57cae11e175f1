package cn.tenstrong.ledger.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the task forces' expected-progress profiles (进度曲线) of plan targets. */
@Repository
public class ProfileRows {

    private final JdbcClient jdbc;

    public ProfileRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a target sits in its plan, the same across plan revisions: the industry, the plan year, the item's key
     * and the target's number within the item (1-based). A profile follows its target by this, as reported values do.
     */
    public record TargetPlace(String industryCode, Integer planYear, String itemKey, int targetSeq) {
    }

    /**
     * A task force's expected-progress profile (进度曲线) of a target: the share (0–1) of the target expected by the
     * end of each month of the plan year, January first.
     *
     * @param targetId the target (of the plan revision) it was last set on
     * @param place    where the target sat when the profile was set (it follows later item successions); null for a
     *                 profile stored before places were recorded: it applies to {@code targetId} only
     * @param version  1 on creation, +1 on each change
     */
    public record StoredProfile(long targetId, TargetPlace place, List<BigDecimal> shares, String setBy, Instant setAt,
                                int version) {
        public StoredProfile {
            shares = List.copyOf(shares);
        }
    }

    private static final String PROFILE_COLUMNS =
            "target_id, industry_code, plan_year, item_key, target_seq, monthly_shares, set_by, set_at, version";

    /** Every stored profile. */
    public List<StoredProfile> profiles() {
        return jdbc.sql("select " + PROFILE_COLUMNS + " from ledger_target_profile order by set_at, target_id")
                .query(ProfileRows::profile).list();
    }

    /** Creates a target's profile at version 1; false when one was created for the target meanwhile. */
    public boolean insertProfile(long targetId, TargetPlace place, List<BigDecimal> shares, String actor) {
        return jdbc.sql("""
                insert into ledger_target_profile (target_id, industry_code, plan_year, item_key, target_seq, monthly_shares,
                                                   set_by, set_at, version)
                values (:target, :industry, :year, :key, :seq, cast(:shares as numeric[]), :actor, now(), 1)
                on conflict do nothing
                """).param("target", targetId).param("industry", place.industryCode()).param("year", place.planYear())
                .param("key", place.itemKey()).param("seq", place.targetSeq()).param("shares", arrayLiteral(shares))
                .param("actor", actor).update() == 1;
    }

    /**
     * Changes the profile stored on {@code storedOn} when it is still at {@code version}; it then belongs to
     * {@code targetId} (the current revision's target) and records its place.
     */
    public boolean updateProfile(long storedOn, int version, long targetId, TargetPlace place, List<BigDecimal> shares,
                                 String actor) {
        return jdbc.sql("""
                update ledger_target_profile
                   set target_id = :target, industry_code = :industry, plan_year = :year, item_key = :key, target_seq = :seq,
                       monthly_shares = cast(:shares as numeric[]), set_by = :actor, set_at = now(), version = version + 1
                 where target_id = :stored and version = :v
                """).param("target", targetId).param("industry", place.industryCode()).param("year", place.planYear())
                .param("key", place.itemKey()).param("seq", place.targetSeq()).param("shares", arrayLiteral(shares))
                .param("actor", actor).param("stored", storedOn).param("v", version).update() == 1;
    }

    /** Removes the profile stored on {@code storedOn} when it is still at {@code version}. */
    public boolean deleteProfile(long storedOn, int version) {
        return jdbc.sql("delete from ledger_target_profile where target_id = :stored and version = :v")
                .param("stored", storedOn).param("v", version).update() == 1;
    }

    /** Removes a profile the one in force supersedes (stored on an earlier revision's target that moved to the same place). */
    public void deleteSupersededProfile(long storedOn) {
        jdbc.sql("delete from ledger_target_profile where target_id = :stored").param("stored", storedOn).update();
    }

    /** A numeric[] literal ({0.1,0.25,…}) passed as a bound parameter and cast in SQL; never part of the SQL text. */
    private static String arrayLiteral(List<BigDecimal> values) {
        StringBuilder sb = new StringBuilder("{");
        for (BigDecimal v : values) {
            sb.append(sb.length() == 1 ? "" : ",").append(v.toPlainString());
        }
        return sb.append('}').toString();
    }

    private static StoredProfile profile(ResultSet rs, int n) throws SQLException {
        String key = rs.getString("item_key");
        TargetPlace place = key == null ? null : new TargetPlace(rs.getString("industry_code"),
                (Integer) rs.getObject("plan_year"), key, rs.getInt("target_seq"));
        BigDecimal[] shares = (BigDecimal[]) rs.getArray("monthly_shares").getArray();
        return new StoredProfile(rs.getLong("target_id"), place, List.of(shares), rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant(), rs.getInt("version"));
    }
}
