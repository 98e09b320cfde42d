package dev.clientele.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clientele churn}: train, apply and evaluate churn models. */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = "Churn prediction: train a calibrated model on a table with a churn column, score customers "
                + "with reasons, evaluate a model on new labelled data.",
        subcommands = {ChurnTrainCommand.class, ChurnPredictCommand.class, ChurnEvaluateCommand.class},
        footer = {"%nExamples:",
                "  clientele churn train --data examples/telco_churn.csv --target churn \\",
                "      --model churn-model",
                "  clientele churn predict --model churn-model --data customers.csv --out scores.csv",
                "  clientele churn evaluate --model churn-model --data last_quarter.csv"})
final class ChurnCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: train, predict or evaluate");
    }
}
