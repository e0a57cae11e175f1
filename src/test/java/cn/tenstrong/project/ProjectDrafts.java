package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Test-data builder for {@link ProjectDraft} (项目草稿): a signed 01-industry project in 济南 历下区 (370102) of
 * 测试企业有限公司 signed on 2024-01-05 unless a test says otherwise, so a test names only what it is about.
 */
public final class ProjectDrafts {

    private final String name;
    private Long enterpriseId;
    private String enterpriseName = "测试企业有限公司";
    private String industryCode = "01";
    private String segment;
    private String regionCode = "370102";
    private Long parkId;
    private Set<ProjectCategory> categories = Set.of();
    private BigDecimal totalInvestment = new BigDecimal("100000000");
    private BigDecimal yearPlannedInvestment;
    private Integer planYear;
    private LocalDate plannedStart;
    private ProjectStage stage = ProjectStage.SIGNED;
    private LocalDate signedOn = LocalDate.of(2024, 1, 5);
    private LocalDate startedOn;
    private LocalDate buildingOn;
    private LocalDate completedOn;
    private String description = "";
    private int version;

    private ProjectDrafts(String name) {
        this.name = name;
    }

    /** A draft of a new project with this name. */
    public static ProjectDrafts named(String name) {
        return new ProjectDrafts(name);
    }

    public ProjectDrafts enterprise(String enterpriseName) {
        this.enterpriseName = enterpriseName;
        return this;
    }

    public ProjectDrafts enterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
        return this;
    }

    public ProjectDrafts industry(String industryCode) {
        this.industryCode = industryCode;
        return this;
    }

    /** "chainCode/segmentCode" or a chain code alone. */
    public ProjectDrafts segment(String segment) {
        this.segment = segment;
        return this;
    }

    public ProjectDrafts region(String regionCode) {
        this.regionCode = regionCode;
        return this;
    }

    public ProjectDrafts park(Long parkId) {
        this.parkId = parkId;
        return this;
    }

    public ProjectDrafts categories(Set<ProjectCategory> categories) {
        this.categories = categories;
        return this;
    }

    public ProjectDrafts major() {
        return categories(EnumSet.of(ProjectCategory.MAJOR));
    }

    /** Total investment in 元, as text (exact decimals). */
    public ProjectDrafts total(String yuan) {
        this.totalInvestment = new BigDecimal(yuan);
        return this;
    }

    /** The plan year and the investment planned for it (元). */
    public ProjectDrafts planned(int year, String yuan) {
        this.planYear = year;
        this.yearPlannedInvestment = new BigDecimal(yuan);
        return this;
    }

    public ProjectDrafts yearPlanned(String yuan) {
        this.yearPlannedInvestment = yuan == null ? null : new BigDecimal(yuan);
        return this;
    }

    public ProjectDrafts planYear(Integer planYear) {
        this.planYear = planYear;
        return this;
    }

    public ProjectDrafts plannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
        return this;
    }

    /** Signed on this day (签约), no later stage. */
    public ProjectDrafts signed(LocalDate on) {
        return stage(ProjectStage.SIGNED).signedOn(on);
    }

    /** Started (开工): signed and started on these days. */
    public ProjectDrafts started(LocalDate signed, LocalDate started) {
        return stage(ProjectStage.STARTED).signedOn(signed).startedOn(started);
    }

    /** No stage and no stage dates (as an edit sends them: the stage moves apart from the draft). */
    public ProjectDrafts withoutStage() {
        return stage(null).signedOn(null);
    }

    public ProjectDrafts stage(ProjectStage stage) {
        this.stage = stage;
        return this;
    }

    public ProjectDrafts signedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
        return this;
    }

    public ProjectDrafts startedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
        return this;
    }

    public ProjectDrafts buildingOn(LocalDate buildingOn) {
        this.buildingOn = buildingOn;
        return this;
    }

    public ProjectDrafts completedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
        return this;
    }

    public ProjectDrafts description(String description) {
        this.description = description;
        return this;
    }

    /** The version read, for an edit. */
    public ProjectDrafts version(int version) {
        this.version = version;
        return this;
    }

    public ProjectDraft build() {
        return new ProjectDraft(name, enterpriseId, enterpriseName, industryCode, segment, regionCode, parkId, categories,
                totalInvestment, yearPlannedInvestment, planYear, plannedStart, stage, signedOn, startedOn, buildingOn,
                completedOn, description, version);
    }
}
