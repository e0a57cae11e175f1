package cn.tenstrong.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.PasswordPolicy;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.persistence.UserRows;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DemoProperties;
import cn.tenstrong.shared.PlatformProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a demo installation, creates one account per role with a random password,
 * writes them to {@code <data-dir>/demo-accounts.txt} (readable by the owner only) and prints them
 * once. The prod profile turns this off.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String FILE_NAME = "demo-accounts.txt";
    private static final String ALPHABET_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String ALPHABET_LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%+=@";

    private final AccountService accounts;
    private final UserRows rows;
    private final OrgDirectory orgs;
    private final PlatformProperties platform;
    private final boolean enabled;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(AccountService accounts, UserRows rows, OrgDirectory orgs, PlatformProperties platform,
                 DemoProperties demo) {
        this.accounts = accounts;
        this.rows = rows;
        this.orgs = orgs;
        this.platform = platform;
        this.enabled = demo.enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || rows.anyDemo()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# 十强产业平台 演示账号（仅用于演示环境，首次启动时随机生成）");
        lines.add("# username\tpassword\trole\torganization");
        for (Map<String, String> spec : CsvData.readClasspath("access/demo-accounts.csv")) {
            Organization org = orgs.findByName(spec.get("organization"))
                    .orElseThrow(() -> new IllegalStateException("演示账号的机构不存在: " + spec.get("organization")));
            Role role = Role.valueOf(spec.get("role"));
            String password = randomPassword();
            accounts.createDemo(spec.get("username"), spec.get("display_name"), org.id(),
                    DataScope.valueOf(spec.get("data_scope")), Set.of(role), password);
            lines.add(spec.get("username") + "\t" + password + "\t" + spec.get("role_name") + "\t" + org.name());
        }
        Path file = writeOwnerOnly(lines);
        StringBuilder banner = new StringBuilder("\n========== 演示账号（只显示这一次，已保存到 ")
                .append(file).append("）==========\n");
        lines.stream().skip(1).forEach(l -> banner.append(l).append('\n'));
        banner.append("=====================================================================\n");
        System.out.println(banner);
    }

    String randomPassword() {
        StringBuilder sb = new StringBuilder();
        String all = ALPHABET_UPPER + ALPHABET_LOWER + DIGITS + SYMBOLS;
        sb.append(pick(ALPHABET_UPPER)).append(pick(ALPHABET_LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
        while (sb.length() < 14) {
            sb.append(pick(all));
        }
        for (int i = sb.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = sb.charAt(i);
            sb.setCharAt(i, sb.charAt(j));
            sb.setCharAt(j, c);
        }
        String password = sb.toString();
        if (PasswordPolicy.violation(password).isPresent()) {
            throw new IllegalStateException("generated password breaks the policy");
        }
        return password;
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private Path writeOwnerOnly(List<String> lines) {
        try {
            Path dir = platform.dataDir().toAbsolutePath().normalize();
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE_NAME);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入演示账号文件", e);
        }
    }
}
