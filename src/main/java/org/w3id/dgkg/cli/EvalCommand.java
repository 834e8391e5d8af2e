package org.w3id.dgkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.w3id.dgkg.eval.EvalResult;
import org.w3id.dgkg.eval.Evaluator;
import org.w3id.dgkg.eval.GoldSet;
import org.w3id.dgkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", header = "Score the extraction against gold rows (recall, evidence, negatives, a precision sample).",
        description = {"Scores the built database (--db) against the *-entities.tsv, *-facts.tsv and *-negatives.tsv of "
                + "--gold, following the matching rules of the gold README, and prints a table (or JSON). With --build it "
                + "builds the graph of --corpus in memory instead of reading a database.",
                "Exit codes: 0 scored (whatever the scores); 2 could not run."})
final class EvalCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    PathOptions paths;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with the gold TSV files.")
    Path gold;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--sample", defaultValue = "0", paramLabel = "N", description = "Print N extracted statements with their sentences for judging precision.")
    int sample;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the sample. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--exhaustive", arity = "1", paramLabel = "true|false", description = "Whether the gold lists every fact of each "
            + "document, so that precision can be computed (default: true when the negatives have a forbid column, as the news gold).")
    Boolean exhaustive;

    @Option(names = "--calibrate", paramLabel = "FILE", description = "Write the measured precision of each rule to FILE "
            + "(ontology/lexicon/rule-confidence.tsv), the dgkg:confidence of later builds. Needs an exhaustive gold.")
    Path calibrate;

    @Option(names = "--held-out", paramLabel = "DIR", description = "With --calibrate: the per-rule records of sets scored before "
            + "anyone read them (default: the calibration folder of --ontology).")
    Path heldOut;

    @Option(names = "--rule-tallies", paramLabel = "FILE", description = "Write this run's per-rule precision to FILE, a held-out "
            + "record for later calibrations (only on a set no engineer has read yet). Needs an exhaustive gold.")
    Path ruleTallies;

    @Option(names = "--build", description = "Build the graph in memory from --corpus and --ontology instead of reading --db.")
    boolean build;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GoldSet goldSet = GoldSet.load(gold);
        if (exhaustive != null)
            goldSet = goldSet.exhaustive(exhaustive);
        Dataset ds = build ? Evaluator.buildInMemory(paths.corpus(), paths.ontology()) : Tdb2Store.at(paths.db()).connect(0);
        EvalResult r = Evaluator.of(goldSet).score(ds, sample, seed);
        spec.commandLine().getOut().print(format == Format.json ? r.json() + "\n" : r.text());
        spec.commandLine().getOut().flush();
        if ((calibrate != null || ruleTallies != null) && r.precision() == null)
            throw new org.w3id.dgkg.DgkgException("error: --calibrate and --rule-tallies need a gold that lists every fact of its documents "
                    + "(as ../shared/gold/news); " + gold + " is not one (add --exhaustive true if it is)");
        if (ruleTallies != null)
            org.w3id.dgkg.eval.HeldOutRecord.write(r.precision(), ruleTallies,
                    "dgkg eval --build --corpus " + paths.corpus() + " --gold " + gold + " --rule-tallies " + ruleTallies);
        if (calibrate != null) {
            Path heldDir = heldOut != null ? heldOut : paths.ontology().resolve("calibration");
            java.util.List<String> rules = new java.util.ArrayList<>();
            for (var row : org.w3id.dgkg.extract.LexiconTable.load(paths.ontology(), "rules").rows())
                if (row.get("produces").equals("fact"))
                    rules.add(row.get("rule"));
            org.w3id.dgkg.eval.Calibration.write(r.precision(), rules, org.w3id.dgkg.eval.HeldOutRecord.load(heldDir), calibrate,
                    "dgkg eval --build --corpus " + paths.corpus() + " --gold " + gold + " --calibrate " + calibrate + "   (news texts copied to a folder with their manifest)");
        }
        return DgkgCommand.OK;
    }
}
