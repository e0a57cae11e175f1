package cn.tenstrong.project.internal;

import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.NewChainProject;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every change of a project (项目变更后): a 省重大项目 on a chain goes to the chain's 重点项目 list, and
 * the bindings learn that projects changed.
 */
@Component
class AfterProjectChange {

    private final ChainMaps maps;
    private final ApplicationEventPublisher events;

    AfterProjectChange(ChainMaps maps, ApplicationEventPublisher events) {
        this.maps = maps;
        this.events = events;
    }

    void changed(Row p) {
        changed(p, true);
    }

    /** @param notify false when the caller announces one change for many projects (an import) */
    void changed(Row p, boolean notify) {
        if (p.chainCode() != null && p.duplicateOf() == null
                && ProjectViews.categories(p.categories()).contains(ProjectCategory.MAJOR)) {
            maps.putKeyProject(new NewChainProject(p.chainCode(), p.segmentCode(), p.ref(), p.name(),
                    p.totalInvestment().movePointLeft(4), ProjectStage.valueOf(p.stage()).label(), "project"));
        }
        if (notify) {
            events.publishEvent(new ProjectsChanged(p.id()));
        }
    }
}
