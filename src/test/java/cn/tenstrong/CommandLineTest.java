package cn.tenstrong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void anythingButParseStartsTheServer() {
        assertThat(CommandLine.dispatch(new String[0])).isEqualTo(-1);
        assertThat(CommandLine.dispatch(new String[] {"--server.port=8080"})).isEqualTo(-1);
    }

    @Test
    void parseRunsWithoutSpring() {
        assertThat(CommandLine.dispatch(new String[] {"parse", "/no/such/file.txt"})).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[] {"parse"})).isEqualTo(2);
    }
}
