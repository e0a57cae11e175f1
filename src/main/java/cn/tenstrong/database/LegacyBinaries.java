package cn.tenstrong.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * 旧版数据库程序: the server of an earlier PostgreSQL major that this release ships (the build unpacks it to
 * {@code postgres/legacy/<major>/}, next to nothing else), so that a data directory written by an earlier release can be
 * read out once and upgraded. Only the Linux x86-64 server is shipped: it would add 14 MB per platform to a jar that
 * upgrades each data directory once.
 */
final class LegacyBinaries implements PgBinaryResolver {

    private static final String TARBALL = "postgres-linux-x86_64.txz";

    private final String major;
    private final String resource;

    private LegacyBinaries(String major, String resource) {
        this.major = major;
        this.resource = resource;
    }

    /** The shipped server of this major, if this release can upgrade from it. */
    static Optional<LegacyBinaries> forMajor(String major) {
        if (!major.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        String resource = "postgres/legacy/" + major + "/" + TARBALL;
        return LegacyBinaries.class.getClassLoader().getResource(resource) == null ? Optional.empty()
                : Optional.of(new LegacyBinaries(major, resource));
    }

    /**
     * Refuses, before anything is started or written, on a machine where the shipped server cannot run.
     *
     * @throws DataDirectoryUpgradeException with what the operator can do instead
     */
    void refuseUnlessRunnableHere(Path pgDirectory) {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        boolean x8664 = arch.equals("amd64") || arch.equals("x86_64");
        // the shipped server is linked against glibc; Alpine's musl cannot load it
        boolean glibc = !Files.exists(Path.of("/etc/alpine-release"));
        if (!os.equals("Linux") || !x8664 || !glibc) {
            throw new DataDirectoryUpgradeException(("数据目录 %s 由 PostgreSQL %s 写成，本版本内嵌的数据库版本更高，需先升级"
                    + "数据目录；自动升级只能在 Linux x86-64（glibc）上进行，本机为 %s %s。数据目录未作任何改动。")
                    .formatted(pgDirectory, major, os, arch),
                    "请将整个数据目录（停止平台后）拷到一台 Linux x86-64 机器上用本版本启动一次，升级完成后再拷回；"
                            + "或继续使用上一版本。", null);
        }
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream in = LegacyBinaries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("找不到 PostgreSQL " + major + " 程序包 " + resource);
        }
        return in;
    }
}
