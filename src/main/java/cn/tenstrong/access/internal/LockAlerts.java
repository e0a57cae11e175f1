package cn.tenstrong.access.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.tenstrong.access.LoginLock;
import cn.tenstrong.access.persistence.LoginThrottleRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells administrators that a source address was locked out of an account (登录告警): a warning in the log always,
 * and an e-mail to every administrator with an address when {@code spring.mail.host} is set. The 用户管理 page lists
 * the locks in force.
 */
@Component
class LockAlerts {

    private static final Logger log = LoggerFactory.getLogger(LockAlerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LoginThrottleRows rows;
    private final ObjectProvider<JavaMailSender> mail;
    private final ZoneId zone;
    private final String from;

    LockAlerts(LoginThrottleRows rows, ObjectProvider<JavaMailSender> mail,
               @Value("${platform.zone:Asia/Shanghai}") ZoneId zone,
               @Value("${spring.mail.username:noreply@tenstrong.local}") String from) {
        this.rows = rows;
        this.mail = mail;
        this.zone = zone;
        this.from = from;
    }

    void locked(LoginLock lock) {
        String text = "账号“%s”从地址 %s 连续 %d 次登录失败，该地址已被限制登录至 %s。其他地址不受影响；如属误操作，可在“用户管理 → 登录限制”中解除。"
                .formatted(lock.username(), lock.source(), lock.failures(), TIME.format(lock.lockedUntil().atZone(zone)));
        log.warn("登录告警：{}", text);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> to = rows.administratorEmails();
        if (to.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject("【十强产业平台】登录告警：" + lock.username());
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            // the lock itself is in force and audited; an unreachable mail server must not fail the login request
            log.error("登录告警邮件发送失败", e);
        }
    }
}
