package cn.tenstrong;

import java.util.function.ToIntFunction;

import cn.tenstrong.database.DataDirectoryInUseException;
import cn.tenstrong.database.DataDirectoryProbe;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 无网页服务的平台: the platform started for a command-line verb, without its web server (and so without web
 * security), holding the data directory's lock like the running platform does (probed first, so a live platform on
 * the directory is named at once). A start that fails ends the verb with exit code 1 and a Chinese message; Spring Boot
 * has already reported the cause.
 */
final class HeadlessPlatform {

    private HeadlessPlatform() {
    }

    static int run(String[] springOptions, Console console, ToIntFunction<ConfigurableApplicationContext> work) {
        ConfigurableApplicationContext context;
        try {
            DataDirectoryProbe.refuseIfInUse(springOptions);
            context = new SpringApplicationBuilder(PlatformApplication.class).web(WebApplicationType.NONE)
                    .logStartupInfo(false).run(withoutRepublishing(springOptions));
        } catch (RuntimeException e) {
            DataDirectoryInUseException inUse = find(e);
            if (inUse != null) {
                console.refuse(inUse);
            } else {
                console.err().println("错误：平台未能启动（原因见上方日志）：" + rootMessage(e));
            }
            return 1;
        }
        try (context) {
            return work.applyAsInt(context);
        }
    }

    /**
     * A verb ends within seconds: it leaves the outstanding event publications to the running platform (or its next
     * start) instead of taking them up and abandoning them half done at exit.
     */
    private static String[] withoutRepublishing(String[] springOptions) {
        String[] options = new String[springOptions.length + 1];
        options[0] = "--spring.modulith.events.republish-outstanding-events-on-restart=false";
        System.arraycopy(springOptions, 0, options, 1, springOptions.length);
        return options;
    }

    private static DataDirectoryInUseException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryInUseException inUse) {
                return inUse;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Options handed on to the platform must read {@code --name=value}: {@code --platform.data-dir D} would otherwise
     * leave D as a stray argument and the verb would work on the default data directory.
     *
     * @return what is wrong with the option, or {@code null}
     */
    static String checkSpringOption(String arg) {
        if (!arg.startsWith("--") || arg.indexOf('=') < 3) {
            return arg.startsWith("-") ? "未知参数（平台参数应写成 --名称=值）：" + arg : "多余的参数：" + arg;
        }
        return null;
    }
}
