package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --version, --help with examples for every command, and the bare command. */
class GlobalOptionsTest {
    @Test
    void version_names_clientele_and_the_java_runtime() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("(?s)clientele \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava \\S+ \\(.*\\)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "demo"})
    void every_command_has_help_with_an_example(String command) {
        CliRun r = CliRun.of(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: clientele " + command).contains("Examples:", "  clientele " + command);
        assertThat(Main.commandLine().getSubcommands()).containsKey(command);
    }

    @Test
    void every_registered_command_has_examples_in_its_help() {
        Main.commandLine().getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                assertThat(sub.getUsageMessage()).as(name).contains("Examples:", "clientele " + name);
            }
        });
    }

    @Test
    void top_level_help_lists_the_commands_and_exit_codes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("inspect", "demo", "--quiet", "--debug", "--version",
                "Exit status: 0 ok, 1 data or runtime error, 2 usage error.");
    }

    @Test
    void no_command_is_a_usage_error() {
        CliRun r = CliRun.of();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("clientele: error: missing command");
    }
}
