package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.Present;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.RectificationImportException;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.SupervisionDocuments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 整改台账 both ways and the 督导报告, each over the 整改 the user may see. */
@Service
class DocumentService implements SupervisionDocuments {

    private final Rectifications rectifications;
    private final Inspections inspections;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Present present;

    DocumentService(Rectifications rectifications, Inspections inspections, CurrentUsers users, AuditTrail audit,
                    Present present) {
        this.rectifications = rectifications;
        this.inspections = inspections;
        this.users = users;
        this.audit = audit;
        this.present = present;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] ledgerWorkbook(LocalDate asOf) {
        return RectificationWorkbook.write(rectifications.rectifications(
                cn.tenstrong.supervision.Rectifications.Filter.all(asOf)), asOf);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] inspectionReport(long inspectionId, LocalDate asOf) {
        InspectionView inspection = inspections.inspection(inspectionId);
        List<RectificationView> list = rectifications.rectifications(
                new Rectifications.Filter(inspectionId, null, false, asOf));
        return InspectionReportDocument.write(inspection, list, asOf);
    }

    @Override
    @Transactional
    public ImportResult importWorkbook(byte[] xlsx) {
        CurrentUser me = users.require();
        if (!me.can("supervision:rectification:write") && !me.can("supervision:inspection:write")) {
            throw DomainException.forbidden("您没有导入整改台账的权限");
        }
        LocalDate today = present.today();
        Map<Long, RectificationView> visible = new LinkedHashMap<>();
        rectifications.rectifications(Rectifications.Filter.all(today)).forEach(r -> visible.put(r.id(), r));
        RectificationImport.Reading reading = RectificationImport.read(xlsx, me, visible, today);
        if (!reading.errors().isEmpty()) {
            throw new RectificationImportException(reading.errors());
        }
        int reported = 0;
        int closed = 0;
        int returned = 0;
        List<String> applied = new ArrayList<>();
        for (RectificationImport.Step step : reading.steps()) {
            try {
                if (step instanceof RectificationImport.Report r) {
                    rectifications.report(r.id(), r.version(), r.text(), List.of());
                    reported++;
                    applied.add("第" + r.row() + "行：整改 " + r.id() + " 报送整改进展");
                } else if (step instanceof RectificationImport.Close c) {
                    rectifications.close(c.id(), c.version(), c.recheckOn(), c.comment());
                    closed++;
                    applied.add("第" + c.row() + "行：整改 " + c.id() + " 销号，回头看 " + c.recheckOn());
                } else if (step instanceof RectificationImport.SendBack b) {
                    rectifications.sendBack(b.id(), b.version(), b.reason());
                    returned++;
                    applied.add("第" + b.row() + "行：整改 " + b.id() + " 退回");
                }
            } catch (RectificationImportException e) {
                throw e;
            } catch (DomainException e) {
                // changed by someone else between reading and applying: nothing of this file stays (rolled back)
                throw new RectificationImportException(List.of(RectificationImport.refused(step, e)));
            }
        }
        audit.record("IMPORT", "supervision.rectification", "workbook", null,
                Map.of("reported", reported, "closed", closed, "returned", returned));
        return new ImportResult(reported, closed, returned, List.copyOf(applied));
    }
}
