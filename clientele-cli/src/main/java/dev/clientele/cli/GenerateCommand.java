package dev.clientele.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clientele generate}: seeded synthetic data sets for tests, demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate seeded synthetic data.",
        subcommands = {GenerateTransactionsCommand.class},
        footer = {"%nExamples:", "  clientele generate transactions --customers 10000 --seed 7 --out tx.csv"})
final class GenerateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing what to generate (transactions)");
    }
}
