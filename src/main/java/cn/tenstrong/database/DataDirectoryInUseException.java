package cn.tenstrong.database;

import java.nio.file.Path;

/**
 * 数据目录已被占用: another live process (a running platform, or a command-line verb) owns the data directory, so this
 * start stops before touching anything in it.
 */
public class DataDirectoryInUseException extends RuntimeException {

    private final transient Path directory;
    private final long holderPid;
    private final Integer holderPort;

    DataDirectoryInUseException(Path directory, LockHolder holder) {
        super("数据目录 " + directory + " 正由另一个进程使用（" + holder.describe() + "）。同一数据目录同一时间只能由一个平台"
                + "或命令行任务使用，本次启动已中止，未改动任何数据。");
        this.directory = directory;
        this.holderPid = holder.pid();
        this.holderPort = holder.port();
    }

    public Path directory() {
        return directory;
    }

    /** The holder's process id, or -1 when unknown. */
    public long holderPid() {
        return holderPid;
    }

    /** The holder's HTTP port, or {@code null} when it has none (yet). */
    public Integer holderPort() {
        return holderPort;
    }

    /** What the operator can do about it, in Chinese. */
    public static String advice() {
        return "请先停止该进程（平台按 Ctrl+C 或 kill 进程号；命令行任务等它结束），或用 --platform.data-dir 指定另一个数据目录。";
    }
}
