package cn.tenstrong.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportResult;
import cn.tenstrong.plan.PlanImports;
import cn.tenstrong.plan.persistence.PlanRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On first start (no plan stored yet) imports the reference document shipped with the platform:
 * Shandong's 2022 十强产业 action plans.
 */
@Component
@Order(30)
class SeedPlanLoader implements ApplicationRunner {

    static final String SEED = "plan/seed/shandong-2022-ten-strong-industries.txt";
    private static final Logger log = LoggerFactory.getLogger(SeedPlanLoader.class);

    private final PlanImports imports;
    private final PlanRows rows;
    private final boolean enabled;

    SeedPlanLoader(PlanImports imports, PlanRows rows, @Value("${platform.seed.plans:true}") boolean enabled) {
        this.imports = imports;
        this.rows = rows;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || rows.countActivePlans() > 0) {
            return;
        }
        byte[] content;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置的行动计划文件 " + SEED, e);
        }
        ImportPreview preview = imports.upload(content, "山东省“十强产业”2022年行动计划.txt");
        ImportResult result = imports.commit(preview.draftId());
        log.info("Seed plans imported: {} plans, {} items, {} agencies registered for review",
                result.createdPlanIds().size(), result.items(), result.newAgencies().size());
    }
}
