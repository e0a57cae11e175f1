package cn.tenstrong.support;

import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;

/**
 * Test-data builder for {@link CurrentUser} (当前用户) for the access rules' table tests: user 1 "u" of organisation 1
 * in the province (370000), no city or industry and no permissions, unless a test says otherwise.
 */
public final class TestUsers {

    private final Role role;
    private final DataScope scope;
    private String username = "u";
    private long organizationId = 1;
    private String regionCode = "370000";
    private String cityCode;
    private String industryCode;
    private Set<String> permissions = Set.of();

    private TestUsers(Role role, DataScope scope) {
        this.role = role;
        this.scope = scope;
    }

    /** A user of this one role seeing data in this scope. */
    public static TestUsers of(Role role, DataScope scope) {
        return new TestUsers(role, scope);
    }

    public TestUsers named(String username) {
        this.username = username;
        return this;
    }

    public TestUsers org(long organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    /** A city-level user: region and city are the city. */
    public TestUsers city(String cityCode) {
        return region(cityCode, cityCode);
    }

    /** The user's region (a county, say) and the city it lies in. */
    public TestUsers region(String regionCode, String cityCode) {
        this.regionCode = regionCode;
        this.cityCode = cityCode;
        return this;
    }

    public TestUsers industry(String industryCode) {
        this.industryCode = industryCode;
        return this;
    }

    public TestUsers can(String... permissions) {
        this.permissions = Set.of(permissions);
        return this;
    }

    public CurrentUser build() {
        return new CurrentUser(1, username, username, organizationId, "org", "KIND", regionCode, cityCode, industryCode,
                scope, Set.of(role), permissions);
    }
}
