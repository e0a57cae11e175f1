package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.org.Park;
import cn.tenstrong.project.Project;

/**
 * 园区档案: a park of the directory with what the platform holds about it.
 *
 * @param projects            the park's projects the caller may see (project library scope), not merged duplicates
 * @param totalInvestment     总投资 of those projects, 元
 * @param completedInvestment 累计完成投资 of those projects (latest monthly reports), 元
 * @param enterprises         the enterprises of those projects: the enterprise library records no park, so an
 *                            enterprise is the park's when it has a project there
 * @param history             the park's evaluation results across rounds, oldest first
 */
public record ParkProfile(Park park, List<Project> projects, BigDecimal totalInvestment,
                          BigDecimal completedInvestment, List<Enterprise> enterprises,
                          List<SubjectHistory> history) {

    /** An enterprise with projects in the park; {@code id} is null when the project names one not in the library. */
    public record Enterprise(Long id, String name, int projects) {
    }
}
