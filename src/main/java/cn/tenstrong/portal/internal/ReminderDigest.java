package cn.tenstrong.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.evaluation.EvaluationTodos;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.TodoItem;
import cn.tenstrong.supervision.SupervisionBoard;
import cn.tenstrong.supervision.SupervisionTodo;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 待办提醒: every working morning (a setting) e-mails each account with an address its to-do list, the same as its
 * home page's 我的待办: the ledger's (reports to send, returned reports, overdue items, reports to review), 督导整改's
 * (整改 to report, returned or overdue; reports to verify; 回头看 due), its organisation's 滞留线索 and the evaluation's
 * (subjects to declare, subjects to score, with their deadlines, through {@link EvaluationTodos}). Only when SMTP is
 * configured (spring.mail.host); accounts with nothing to do get nothing.
 */
@Component
class ReminderDigest {

    private static final Logger log = LoggerFactory.getLogger(ReminderDigest.class);
    private static final Map<TodoItem.Kind, String> LABELS = Map.of(TodoItem.Kind.UNREPORTED, "待报送",
            TodoItem.Kind.RETURNED, "被退回", TodoItem.Kind.OVERDUE, "已逾期", TodoItem.Kind.TO_REVIEW, "待审核");

    private final Ledger ledger;
    private final SupervisionBoard supervision;
    private final LeadBook leads;
    private final EvaluationTodos evaluations;
    private final Clock clock;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    ReminderDigest(Ledger ledger, SupervisionBoard supervision, LeadBook leads, EvaluationTodos evaluations, Clock clock,
                   UserAccounts accounts,
                   ObjectProvider<JavaMailSender> mail,
                   @Value("${platform.ledger.reminders.from:noreply@tenstrong.local}") String from,
                   @Value("${platform.base-url:http://localhost:8080}") String baseUrl) {
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.supervision = supervision;
        this.leads = leads;
        this.clock = clock;
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /**
     * The morning run, on one node of the cluster only: the others find the lock taken and skip it. Held at least
     * five minutes, so a node whose clock runs a little late does not send the same digest again.
     */
    @Scheduled(cron = "${platform.ledger.reminders.cron:0 0 8 * * MON-FRI}", zone = "${platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "portal.reminder-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void sendOnSchedule() {
        int sent = send();
        log.info("Reminder digest: {} e-mails sent", sent);
    }

    /** Sends the digests; returns how many were sent. */
    int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        // the one node that sends for the cluster reads the ledger as committed, not as this node last cached it
        ledger.refresh();
        int sent = 0;
        for (UserAccounts.Recipient r : accounts.reminderRecipients()) {
            List<TodoItem> todos = ledger.todosFor(r.user());
            List<SupervisionTodo> rectifications = supervision.todosFor(r.user());
            List<Lead> stale = leads.staleLeadsFor(r.user(), LocalDate.now(clock));
            List<EvaluationTodos.EvaluationTodo> evaluation = evaluations.todosFor(r.user(), LocalDate.now(clock));
            if (todos.isEmpty() && rectifications.isEmpty() && stale.isEmpty() && evaluation.isEmpty()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(r.email());
            message.setSubject("【十强产业平台】您有 " + (todos.size() + rectifications.size() + stale.size()
                    + evaluation.size()) + " 项待办");
            message.setText(body(r.user().displayName(), r.user().organizationName(), todos, rectifications, stale,
                    evaluation));
            try {
                sender.send(message);
                sent++;
            } catch (MailException e) {
                // one unreachable mailbox must not stop the others; the failure is logged for the operator
                log.warn("Reminder digest to {} failed: {}", r.email(), e.getMessage());
            }
        }
        log.info("Reminder digests sent: {}", sent);
        return sent;
    }

    private String body(String name, String organization, List<TodoItem> todos, List<SupervisionTodo> rectifications,
                        List<Lead> stale, List<EvaluationTodos.EvaluationTodo> evaluation) {
        StringBuilder sb = new StringBuilder(name + "（" + organization + "）：\n\n您在十强产业招商引资与行动计划平台有以下待办事项：\n\n");
        int n = 1;
        for (TodoItem t : todos) {
            sb.append(n++).append(". 【").append(LABELS.get(t.kind())).append("】").append(t.title());
            if (t.detail() != null && !t.detail().isBlank()) {
                sb.append("（").append(t.detail()).append("）");
            }
            if (t.due() != null) {
                sb.append(" 截止 ").append(t.due());
            }
            sb.append("\n   ").append(baseUrl).append(t.link()).append('\n');
        }
        for (SupervisionTodo t : rectifications) {
            sb.append(n++).append(". 【").append(t.kind().label()).append("】").append(t.title());
            if (t.detail() != null && !t.detail().isBlank()) {
                sb.append("（").append(t.detail()).append("）");
            }
            if (t.due() != null) {
                sb.append(t.kind() == SupervisionTodo.Kind.RECHECK ? " 回头看日期 " : " 整改时限 ").append(t.due());
            }
            sb.append("\n   ").append(baseUrl).append(t.link()).append('\n');
        }
        for (Lead l : stale) {
            sb.append(n++).append(". 【滞留线索】").append(l.enterpriseName()).append("（").append(l.stage().label())
                    .append("，").append(reason(l)).append("）");
            sb.append("\n   ").append(baseUrl).append("/leads/").append(l.id()).append('\n');
        }
        for (EvaluationTodos.EvaluationTodo e : evaluation) {
            boolean declare = e.kind() == EvaluationTodos.EvaluationTodo.Kind.DECLARE;
            sb.append(n++).append(". 【").append(e.overdue() ? "已逾期" : declare ? "待申报" : "待评分").append("】")
                    .append(declare ? "评价申报：" : "专家评分：").append(e.subjectName()).append("（")
                    .append(e.roundName()).append("）");
            if (e.due() != null) {
                sb.append(" 截止 ").append(e.due());
            }
            sb.append("\n   ").append(baseUrl).append(e.link()).append('\n');
        }
        sb.append("\n本邮件由平台自动发送，请登录平台处理。");
        return sb.toString();
    }

    private static String reason(Lead l) {
        var s = l.staleness();
        if (s.overdue()) {
            return "下一步“" + s.nextStep() + "”应于 " + s.nextStepDue() + " 前完成";
        }
        return "已 " + s.idleDays() + " 天无跟进，超过" + l.stage().label() + "阶段的 " + s.limitDays() + " 天";
    }
}
