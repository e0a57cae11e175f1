package cn.tenstrong.chain.web;

import java.util.List;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainTask;
import cn.tenstrong.chain.ChainTasks;
import cn.tenstrong.chain.TaskSuggestion;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of 链上任务: plan items tagged with a chain, and the suggested ones. */
@RestController
@RequestMapping("/api/chains")
@Tag(name = "链上任务", description = "标记为产业链任务的行动计划条目（按条目在计划中的位置保存，随计划修订）")
class ChainTaskApi {

    private final ChainDirectory chains;
    private final ChainTasks tasks;

    ChainTaskApi(ChainDirectory chains, ChainTasks tasks) {
        this.chains = chains;
        this.tasks = tasks;
    }

    /** The item to tag; {@code suggested} when taken from the suggestions. */
    record NewTag(Long itemId, Boolean suggested) {
    }

    @GetMapping("/{code}/task-tags")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "产业链的链上任务（已标记的计划条目）")
    List<ChainTask> list(@PathVariable String code) {
        chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return tasks.tasks(code);
    }

    @GetMapping("/{code}/task-suggestions")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "建议标记：本产业现行计划中提到本链名称或环节词、尚未标记的条目")
    List<TaskSuggestion> suggestions(@PathVariable String code) {
        return tasks.suggestions(code);
    }

    @PostMapping("/{code}/task-tags")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "把本产业现行计划的条目标记为本链任务（本产业专班或系统管理员）")
    ChainTask tag(@PathVariable String code, @RequestBody NewTag tag) {
        if (tag == null || tag.itemId() == null) {
            throw DomainException.invalid("itemId", "请选择要标记的计划条目");
        }
        return tasks.tag(code, tag.itemId(), Boolean.TRUE.equals(tag.suggested()));
    }

    @DeleteMapping("/task-tags/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "取消标记（version 不符返回 409）")
    void untag(@PathVariable long id, @RequestParam int version) {
        tasks.untag(id, version);
    }
}
