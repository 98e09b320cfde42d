package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/notebooks/explore.jsh} runs as JShell runs it, snippet by snippet, against the library on
 * the test class path: every snippet is accepted and none throws, so the notebook cannot rot unnoticed.
 */
@Tag("slow")
class NotebookTest {

    @Test
    void the_exploration_notebook_runs_from_start_to_end_without_an_error() throws Exception {
        Path root = Files.exists(Path.of("examples")) ? Path.of("") : Path.of("..");
        String source = Files.readString(root.resolve("examples/notebooks/explore.jsh"))
                .replace("\"examples/", "\"" + root.toAbsolutePath().normalize() + "/examples/");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        PrintStream console = System.out;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
             JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            System.setOut(out); // the local engine runs snippets in this JVM, printing to System.out
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String snippet : snippets(shell.sourceCodeAnalysis(), source)) {
                for (SnippetEvent e : shell.eval(snippet)) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        shell.diagnostics(e.snippet()).forEach(d ->
                                problems.add("rejected: " + snippet.strip() + " -> " + d.getMessage(null)));
                    }
                    if (e.exception() != null) {
                        problems.add("threw " + e.exception() + " in: " + snippet.strip());
                    }
                }
            }
        } finally {
            System.setOut(console);
        }
        assertThat(problems).isEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .containsPattern("7,043 rows x \\d+ columns")
                .containsPattern("cross-validated ROC AUC 0\\.8\\d{3}")
                .contains("churn rate");
    }

    /** Splits the script into the snippets JShell would evaluate, leaving out its commands ({@code /exit}). */
    private static List<String> snippets(SourceCodeAnalysis analysis, String source) {
        StringBuilder code = new StringBuilder();
        source.lines().filter(l -> !l.startsWith("/")).forEach(l -> code.append(l).append('\n'));
        List<String> result = new ArrayList<>();
        String rest = code.toString();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            assertThat(info.completeness().isComplete()).as("incomplete snippet: %s", rest).isTrue();
            result.add(info.source());
            rest = info.remaining();
        }
        return result;
    }
}
