package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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
    void every_help_text_formats_without_a_picocli_warning() {
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        int rendered = 0;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.commandLine()));
            while (!todo.isEmpty()) {
                CommandLine c = todo.pop();
                todo.addAll(c.getSubcommands().values());
                assertThat(c.getUsageMessage()).isNotBlank();
                rendered++;
            }
        } finally {
            System.setErr(console);
        }
        assertThat(rendered).isGreaterThan(8);
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).as("a lone %% in a description")
                .doesNotContain("picocli WARN");
    }

    @Test
    void every_command_at_every_level_prints_its_examples_unbroken() {
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.commandLine()));
        int checked = 0;
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            String name = c.getCommandSpec().qualifiedName();
            if (name.endsWith(" help")) {
                continue;
            }
            String usage = c.getUsageMessage();
            assertThat(usage).as(name).contains("Examples:");
            for (String line : c.getCommandSpec().usageMessage().footer()) {
                if (line.startsWith("  clientele")) {
                    assertThat(usage.lines()).as(name + " prints the example on one line").contains(line.stripTrailing());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void top_level_help_lists_the_commands_and_exit_codes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("inspect", "demo", "--quiet", "--debug", "--version",
                "Exit status: 0 ok, 1 data or runtime error, 2 usage error.");
    }

    @Test
    void every_command_is_listed_with_a_whole_sentence() {
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(Main.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            String[] description = c.getCommandSpec().usageMessage().description();
            if (description.length > 0) {
                assertThat(description[0].replace("%n", "").strip()).as(c.getCommandSpec().qualifiedName()).endsWith(".");
            }
        }
    }

    @Test
    void no_command_is_a_usage_error() {
        CliRun r = CliRun.of();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("clientele: error: missing command");
    }
}
