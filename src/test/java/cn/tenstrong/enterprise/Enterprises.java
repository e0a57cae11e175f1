package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Test-data builder for {@link Enterprise} (企业) as the index and the scoring read it: an imported, real, reviewed
 * enterprise in 济南市历下区 with nothing else known unless a test says so.
 */
public final class Enterprises {

    private long id = 1;
    private String uscc;
    private final String name;
    private String regionCode = "370102";
    private String regionName = "山东省济南市历下区";
    private boolean local = true;
    private String industryCode;
    private String industryName = "";
    private BigDecimal registeredCapital;
    private LocalDate foundedOn;
    private String businessScope = "";
    private String mainProducts = "";
    private Set<EnterpriseTag> tags = Set.of();
    private BigDecimal revenue;
    private Integer employees;
    private EnterpriseSource source = EnterpriseSource.IMPORT;
    private boolean synthetic;
    private boolean needsReview;
    private String reviewNote = "";
    private EnterpriseListing listing;
    private String swIndustryCode;
    private String swIndustryName = "";
    private Integer revenueYear;
    private Set<EnterpriseTag> claimedTags = Set.of();

    private Enterprises(String name) {
        this.name = name;
    }

    public static Enterprises named(String name) {
        return new Enterprises(name);
    }

    public Enterprises id(long id) {
        this.id = id;
        return this;
    }

    public Enterprises uscc(String uscc) {
        this.uscc = uscc;
        return this;
    }

    /** Where it is registered; local (省内) when the code is a Shandong one (37…). */
    public Enterprises region(String code, String name) {
        this.regionCode = code;
        this.regionName = name;
        this.local = code.startsWith("37");
        return this;
    }

    public Enterprises industry(String code) {
        this.industryCode = code;
        return this;
    }

    public Enterprises capital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
        return this;
    }

    public Enterprises foundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
        return this;
    }

    /** 经营范围. */
    public Enterprises scope(String businessScope) {
        this.businessScope = businessScope;
        return this;
    }

    /** 主营业务 / 主营产品. */
    public Enterprises products(String mainProducts) {
        this.mainProducts = mainProducts;
        return this;
    }

    public Enterprises tags(Set<EnterpriseTag> tags) {
        this.tags = tags;
        return this;
    }

    /** Tags the enterprise claims itself (自述). */
    public Enterprises claimed(Set<EnterpriseTag> claimedTags) {
        this.claimedTags = claimedTags;
        return this;
    }

    public Enterprises revenue(BigDecimal revenue) {
        this.revenue = revenue;
        return this;
    }

    public Enterprises revenueYear(Integer revenueYear) {
        this.revenueYear = revenueYear;
        return this;
    }

    public Enterprises employees(Integer employees) {
        this.employees = employees;
        return this;
    }

    public Enterprises source(EnterpriseSource source) {
        this.source = source;
        return this;
    }

    /** Generated (模拟) data rather than real. */
    public Enterprises synthetic(boolean synthetic) {
        this.synthetic = synthetic;
        return this;
    }

    /** Whether it waits for review (待核实), and the note. */
    public Enterprises review(boolean needsReview, String note) {
        this.needsReview = needsReview;
        this.reviewNote = note;
        return this;
    }

    public Enterprises listing(EnterpriseListing listing) {
        this.listing = listing;
        return this;
    }

    /** 申万行业 (SW2021) code and path. */
    public Enterprises sw(String code, String name) {
        this.swIndustryCode = code;
        this.swIndustryName = name;
        return this;
    }

    public Enterprise build() {
        return new Enterprise(id, uscc, name, regionCode, regionName, local, industryCode, industryName,
                registeredCapital, foundedOn, businessScope, mainProducts, tags, revenue, employees, source, synthetic,
                needsReview, reviewNote, 0, listing, swIndustryCode, swIndustryName, revenueYear, "", claimedTags);
    }
}
