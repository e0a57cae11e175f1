package cn.tenstrong.project.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/** One project as the current user may read or change it (项目不存在 / 无权 otherwise): the check every job shares. */
@Component
class ProjectLookup {

    private final ProjectRows rows;
    private final CurrentUsers users;

    ProjectLookup(ProjectRows rows, CurrentUsers users) {
        this.rows = rows;
        this.users = users;
    }

    Row readable(long id) {
        return readable(id, users.require());
    }

    Row readable(long id, CurrentUser me) {
        Row p = rows.find(id).orElseThrow(() -> DomainException.notFound("项目不存在：" + id));
        if (!ProjectAccess.canRead(me, p)) {
            throw DomainException.forbidden("无权查看该项目");
        }
        return p;
    }

    Row writable(long id) {
        return writable(id, users.require());
    }

    Row writable(long id, CurrentUser me) {
        Row p = readable(id, me);
        if (!ProjectAccess.canWrite(me, p)) {
            throw DomainException.forbidden("无权修改该项目：只能修改本市（本县）、本园区或本产业的项目");
        }
        return p;
    }
}
