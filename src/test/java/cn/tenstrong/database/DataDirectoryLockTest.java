package cn.tenstrong.database;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.tenstrong.PlatformApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock file's life within one JVM; across processes (and kill -9) see {@link DurabilityTest}. */
class DataDirectoryLockTest {

    @Test
    void oneHolderAtATimeNamedInTheFileAndFreeAgainAfterClose(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
            Path file = dataDir.resolve(DataDirectoryLock.FILE_NAME);
            assertThat(Files.readString(file)).contains("pid=" + ProcessHandle.current().pid()).contains("port=\n");
            assertThat(lock.guards(dataDir.resolve("."))).isTrue();
            assertThat(lock.guards(dir)).isFalse();

            lock.recordPort(8443);
            assertThat(LockHolder.parse(Files.readString(file)).port()).isEqualTo(8443);
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, e -> {
                        assertThat(e.holderPid()).isEqualTo(ProcessHandle.current().pid());
                        assertThat(e.holderPort()).isEqualTo(8443);
                        assertThat(e.getMessage()).contains("进程号 " + ProcessHandle.current().pid()).contains("端口 8443");
                    });
            assertThat(lock.guards(dataDir)).as("a refused attempt leaves the holder's lock alone").isTrue();
        }
        assertThat(Files.readString(dataDir.resolve(DataDirectoryLock.FILE_NAME))).isEmpty();
        try (DataDirectoryLock again = DataDirectoryLock.acquire(dataDir)) {
            assertThat(again.guards(dataDir)).isTrue();
        }
    }

    @Test
    void theLauncherProbeResolvesTheDirectoryAsThePlatformWillAndLetsTheLockGo(@TempDir Path dir) {
        Path dataDir = dir.resolve("probed");
        String[] args = {"--server.port=0", "--platform.data-dir=" + dataDir};
        DataDirectoryProbe.refuseIfInUse(args);
        try (DataDirectoryLock held = DataDirectoryLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirectoryProbe.refuseIfInUse(args)).isInstanceOf(DataDirectoryInUseException.class);
            DataDirectoryProbe.refuseIfInUse(new String[]{"--platform.data-dir=" + dir.resolve("other")});
            // without the option on the command line, the configuration decides (here application.yml's ./data)
            assertThatThrownBy(() -> DataDirectoryProbe.refuseIfInUse(new String[]{"-Dx", "--platform.dataDir=" + dataDir}))
                    .isInstanceOf(DataDirectoryInUseException.class);
        }
        assertThat(DataDirectoryProbe.givenOnTheCommandLine(new String[]{"--platform.data-dir=/a"})).isEqualTo(Path.of("/a"));
        assertThat(DataDirectoryProbe.givenOnTheCommandLine(new String[]{"--server.port=1"})).isNull();
        assertThat(DataDirectoryProbe.givenOnTheCommandLine(new String[]{"--platform.data-dir=/a", "--platform.data-dir=/b"}))
                .as("given twice: the configuration decides").isNull();
        assertThat(DataDirectoryProbe.givenOnTheCommandLine(new String[]{"--PLATFORM_DATADIR=/a"})).isNull();
    }

    @Test
    void aPlatformStartOnAHeldDirectoryFailsBeforeAnyBeanAndLeavesTheHolderAlone(@TempDir Path dataDir) throws Exception {
        try (DataDirectoryLock held = DataDirectoryLock.acquire(dataDir)) {
            held.recordPort(8080);
            assertThatThrownBy(() -> new SpringApplicationBuilder(PlatformApplication.class).web(WebApplicationType.NONE)
                    .run("--platform.data-dir=" + dataDir, "--spring.main.banner-mode=off"))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class,
                            e -> assertThat(e.getMessage()).contains("端口 8080").contains("未改动任何数据"));
            assertThat(dataDir.resolve("pg")).doesNotExist();
            assertThat(held.guards(dataDir)).isTrue();
            assertThat(Files.readString(dataDir.resolve(DataDirectoryLock.FILE_NAME))).contains("port=8080");
        }
    }

    @Test
    void anUnreadableHolderIsStillDescribed() {
        LockHolder unknown = LockHolder.parse("garbage");
        assertThat(unknown.pid()).isEqualTo(-1);
        assertThat(unknown.describe()).contains("进程号未知").contains("端口未知");
        assertThat(LockHolder.parse(new LockHolder(42, 8080, "x.jar", null).format()))
                .isEqualTo(new LockHolder(42, 8080, "x.jar", null));
    }
}
