package cn.tenstrong.database;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * 数据目录的占用者: the process that holds a data directory's lock, as written in the lock file.
 *
 * @param pid     its process id, or -1 when the file could not be read
 * @param port    the HTTP port it listens on, or {@code null} (still starting, or a command-line verb)
 * @param command how it was started (the jar or main class and its arguments), may be empty
 * @param since   when it took the lock, or {@code null}
 */
record LockHolder(long pid, Integer port, String command, Instant since) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    String format() {
        return "pid=" + pid + "\nport=" + (port == null ? "" : port) + "\ncommand=" + command.replace('\n', ' ')
                + "\nsince=" + (since == null ? "" : since) + "\n";
    }

    static LockHolder parse(String text) {
        Properties p = new Properties();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                p.setProperty(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new LockHolder(number(p.getProperty("pid")), port(p.getProperty("port")), p.getProperty("command", ""),
                instant(p.getProperty("since")));
    }

    /** In Chinese, for the refusal message: 进程号 1234，端口 8080，… */
    String describe() {
        StringBuilder s = new StringBuilder(pid > 0 ? "进程号 " + pid : "进程号未知");
        s.append(port != null ? "，端口 " + port : "，端口未知（正在启动，或是命令行任务）");
        if (since != null) {
            s.append("，").append(TIME.format(since)).append(" 起");
        }
        if (!command.isBlank()) {
            s.append("，命令：").append(command);
        }
        return s.toString();
    }

    private static long number(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer port(String value) {
        long n = number(value);
        return n > 0 && n < 65536 ? (int) n : null;
    }

    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
