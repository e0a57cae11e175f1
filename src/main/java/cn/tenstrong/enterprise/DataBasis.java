package cn.tenstrong.enterprise;

/**
 * 数据基础: which enterprises a figure counts, so that a page can say it (数据基础：上市公司公开数据 5,486 家 …).
 * Synthetic (模拟) enterprises count only when the user turns on 含模拟数据.
 *
 * @param publicData        real enterprises from the bundled public listed-company data
 * @param otherReal         other real enterprises (imported, entered, named by the plans)
 * @param synthetic         synthetic enterprises in the library
 * @param includesSynthetic whether the figure counts the synthetic ones
 */
public record DataBasis(long publicData, long otherReal, long synthetic, boolean includesSynthetic) {

    /** Enterprises the figure counts. */
    public long counted() {
        return publicData + otherReal + (includesSynthetic ? synthetic : 0);
    }
}
