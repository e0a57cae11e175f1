package cn.tenstrong;

import cn.tenstrong.database.DataDirectoryInUseException;
import cn.tenstrong.database.DataDirectoryProbe;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 十强产业 招商引资与行动计划平台: the application entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlatformApplication {

    public static void main(String[] args) {
        int exit = CommandLine.dispatch(args);
        if (exit != CommandLine.START_PLATFORM) {
            System.exit(exit);
        }
        try {
            DataDirectoryProbe.refuseIfInUse(args);
        } catch (DataDirectoryInUseException e) {
            Console.system().refuse(e);
            System.exit(1);
        }
        SpringApplication.run(PlatformApplication.class, args);
    }
}
