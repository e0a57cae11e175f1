package cn.tenstrong.targeting.web;

import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.RecommendationWeights;
import cn.tenstrong.targeting.WeightsChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the recommendation weights per chain. */
@RestController
@RequestMapping("/api/targeting/weights")
@Tag(name = "精准招商", description = "招商线索、招商目标推荐、推荐权重")
class WeightApi {

    private final RecommendationWeights weights;

    WeightApi(RecommendationWeights weights) {
        this.weights = weights;
    }

    @GetMapping("/{chain}")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "产业链的推荐权重（专班设置 > 配置文件中的本链权重 > 默认权重）")
    ChainWeights weights(@PathVariable String chain) {
        return weights.weights(chain);
    }

    @PutMapping("/{chain}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "设置本产业链的推荐权重（product、description、code、tags、scale、relations 六项之和须为100；tagPoints 为各标签分值；version 为读取时的版本，"
            + "尚无专班设置时为0；不符返回409）")
    ChainWeights save(@PathVariable String chain, @RequestBody WeightsChange change) {
        return weights.save(chain, change);
    }

    @DeleteMapping("/{chain}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "删除专班设置，恢复配置的权重")
    ChainWeights reset(@PathVariable String chain, @RequestParam int version) {
        return weights.reset(chain, version);
    }
}
