package org.w3id.dgkg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.changes.ChangeSet;
import org.w3id.dgkg.changes.DiffRenderer;
import org.w3id.dgkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", header = "Show what changed between two generations of the database.",
        description = {
                "Generations are numbered from 1 in build order (./dgkg diff --list shows them). Without arguments, "
                        + "compares the generation before the live one with the live one; with one, that generation with the "
                        + "live one. Lists documents added (+), changed (~) and removed (-), entities added and removed, and "
                        + "facts added and removed with their document and sentence.",
                "Reads the live generation's history (its meta graph, from the generation's dump), so it works while a server runs.",
                "Exit codes: 0 done; 2 no database, an unknown generation, or one whose changes are no longer kept."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "OLD", description = "Older generation number. Default: the one before NEW.")
    Integer older;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "Newer generation number. Default: the live one.")
    Integer newer;

    @Option(names = "--list", description = "List the generations with their counts instead.")
    boolean list;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    PathOptions paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ChangeSet> history = ChangeLog.history(Tdb2Store.at(paths.db()));
        if (history.isEmpty())
            throw new DgkgException("the live generation in " + paths.db() + " records no history; rebuild it with ./dgkg build");
        var out = spec.commandLine().getOut();
        if (list) {
            out.print(format == Format.json ? DiffRenderer.historyJson(history) + "\n" : DiffRenderer.historyText(history));
            out.flush();
            return DgkgCommand.OK;
        }
        int to = newer != null ? newer : history.get(history.size() - 1).number();
        int from = older != null ? older : to - 1;
        if (from < 1) {
            ChangeSet first = history.get(0);
            out.println("generation " + first.number() + " is the first build (" + first.counts().summary()
                    + "); there is no earlier generation to compare with");
            out.flush();
            return DgkgCommand.OK;
        }
        ChangeLog.Diff diff = ChangeLog.between(history, from, to);
        out.print(format == Format.json ? DiffRenderer.json(diff) + "\n" : DiffRenderer.text(diff));
        out.flush();
        return DgkgCommand.OK;
    }
}
