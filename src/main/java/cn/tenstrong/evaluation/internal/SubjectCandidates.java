package cn.tenstrong.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import cn.tenstrong.evaluation.EvaluationSubjects;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * 参评对象候选 from the platform's data. Keys follow {@link cn.tenstrong.evaluation.RoundSubject}: a park's
 * organisation id, a county's region code, a cluster's cityCode/industryCode, an enterprise's id. The declaring
 * organisation is the park itself, the county's 县招商部门, or the 市招商部门 of the city a cluster or enterprise is in
 * (none when the directory has no such bureau: then only the 专班 declares for it).
 */
@Service
class SubjectCandidates implements EvaluationSubjects {

    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;
    private final SchemeCatalog schemes;

    SubjectCandidates(OrgDirectory orgs, EnterpriseLibrary enterprises, SchemeCatalog schemes) {
        this.orgs = orgs;
        this.enterprises = enterprises;
        this.schemes = schemes;
    }

    @Override
    public List<String> subjectTypes() {
        return List.copyOf(new LinkedHashSet<>(schemes.schemes().stream().map(s -> s.subjectType()).toList()));
    }

    @Override
    public List<NewRound.Subject> candidates(String subjectType, String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        Predicate<String> matches = name -> q.isEmpty() || name.toLowerCase(Locale.ROOT).contains(q);
        int max = Math.max(1, Math.min(limit, 500));
        return switch (type(subjectType)) {
            case "PARK" -> orgs.organizations(OrganizationKind.PARK).stream().filter(o -> matches.test(o.name()))
                    .limit(max).map(SubjectCandidates::park).toList();
            case "COUNTY" -> orgs.counties(null).stream().filter(r -> matches.test(r.name())).limit(max)
                    .map(this::county).toList();
            case "CLUSTER" -> clusters(matches, max);
            case "ENTERPRISE" -> q.isEmpty() ? List.of() : enterprises.search(new EnterpriseQuery(query.trim(), "37",
                    null, List.of(), null, null, false, 0, max)).enterprises().stream().map(this::enterprise).toList();
            default -> List.of();
        };
    }

    @Override
    public List<NewRound.Subject> resolve(String subjectType, List<String> keys) {
        String type = type(subjectType);
        List<NewRound.Subject> out = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            String k = key == null ? "" : key.trim();
            Optional<NewRound.Subject> subject = switch (type) {
                case "PARK" -> id(k).flatMap(orgs::organization).filter(o -> o.kind() == OrganizationKind.PARK)
                        .map(SubjectCandidates::park);
                case "COUNTY" -> orgs.region(k).filter(r -> "county".equals(r.level())).map(this::county);
                case "CLUSTER" -> cluster(k);
                case "ENTERPRISE" -> id(k).flatMap(enterprises::enterprise).map(this::enterprise);
                default -> Optional.empty();
            };
            out.add(subject.orElseThrow(() -> DomainException.invalid("subjects", "平台中没有这个"
                    + label(type) + "：" + k)));
        }
        return out;
    }

    private static String type(String subjectType) {
        return subjectType == null ? "" : subjectType.trim().toUpperCase(Locale.ROOT);
    }

    private static String label(String type) {
        return switch (type) {
            case "PARK" -> "园区";
            case "COUNTY" -> "县（市、区）";
            case "CLUSTER" -> "产业集群";
            case "ENTERPRISE" -> "企业";
            default -> "参评对象";
        };
    }

    private static Optional<Long> id(String key) {
        try {
            return Optional.of(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static NewRound.Subject park(Organization o) {
        return new NewRound.Subject(String.valueOf(o.id()), o.name(), null, o.id());
    }

    private NewRound.Subject county(Region r) {
        return new NewRound.Subject(r.code(), r.name(), null, bureau(OrganizationKind.COUNTY_BUREAU, r.code()));
    }

    private List<NewRound.Subject> clusters(Predicate<String> matches, int max) {
        List<NewRound.Subject> out = new ArrayList<>();
        List<Industry> industries = orgs.industries().stream().filter(i -> i.parentCode() == null).toList();
        java.util.Map<String, Long> bureaus = new java.util.HashMap<>();
        orgs.organizations(OrganizationKind.CITY_BUREAU).forEach(o -> bureaus.putIfAbsent(o.regionCode(), o.id()));
        for (Region city : orgs.cities()) {
            for (Industry industry : industries) {
                NewRound.Subject s = clusterOf(city, industry, bureaus.get(city.code()));
                if (matches.test(s.name()) && out.size() < max) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private Optional<NewRound.Subject> cluster(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return orgs.region(parts[0]).filter(Region::isCity).flatMap(city -> orgs.industry(parts[1])
                .map(industry -> clusterOf(city, industry, bureau(OrganizationKind.CITY_BUREAU, city.code()))));
    }

    private static NewRound.Subject clusterOf(Region city, Industry industry, Long bureau) {
        return new NewRound.Subject(city.code() + "/" + industry.code(), city.name() + industry.name() + "产业集群", null,
                bureau);
    }

    private NewRound.Subject enterprise(Enterprise e) {
        String city = e.regionCode() == null || e.regionCode().length() < 4 ? null
                : e.regionCode().substring(0, 4) + "00";
        return new NewRound.Subject(String.valueOf(e.id()), e.name(), null,
                city == null ? null : bureau(OrganizationKind.CITY_BUREAU, city));
    }

    /** The bureau of a kind whose region is exactly the given one, or null. */
    private Long bureau(OrganizationKind kind, String regionCode) {
        return orgs.organizations(kind).stream().filter(o -> regionCode.equals(o.regionCode())).findFirst()
                .map(Organization::id).orElse(null);
    }
}
