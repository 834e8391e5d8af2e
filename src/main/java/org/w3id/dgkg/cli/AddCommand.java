package org.w3id.dgkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.dgkg.acquire.Added;
import org.w3id.dgkg.acquire.DocumentAdder;
import org.w3id.dgkg.acquire.Overrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", header = "Add documents (PDF, HTML, DOCX, text) to the corpus.",
        description = {
                "Reads each FILE with Apache Tika, stores its text as UTF-8 <id>.txt in the corpus (GB18030/GBK and Big5 "
                        + "are converted, and the output says so), keeps the original under originals/, and appends an entry "
                        + "to manifest.json from the file's metadata (PDF title and dates, HTML <title> and meta tags) and "
                        + "the options, which win. Then run ./dgkg build.",
                "Refused, with nothing written: an empty or binary file, an encrypted PDF, a PDF without a text layer "
                        + "(scanned), a file over 64 MB, a document already in the corpus (same SHA-256), a missing title, "
                        + "publisher or date that the file does not give either.",
                "Exit codes: 0 every file added; 2 a file was refused (files before it were added)."})
final class AddCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The documents to add.")
    List<Path> files;

    @Mixin
    PathOptions paths;

    @Option(names = "--id", description = "Document id (lower-case letters, digits, hyphens). Default: from the file name.")
    String id;

    @Option(names = "--title", description = "Title (Chinese). Default: the file's own title.")
    String title;

    @Option(names = "--title-en", description = "English title. Default: none (or the title, when it has no Chinese).")
    String titleEn;

    @Option(names = "--publisher", description = "Publisher. Default: the file's publisher metadata.")
    String publisher;

    @Option(names = "--issued", paramLabel = "YYYY[-MM[-DD]]", description = "Date issued. Default: the file's creation or publication date.")
    String issued;

    @Option(names = "--kind", description = "Kind of document, e.g. \"white paper\", \"news\". Default: none.")
    String kind;

    @Option(names = "--language", description = "Language code. Default: the file's language, or zh for a mostly Chinese text.")
    String language;

    @Option(names = "--perspective", paramLabel = "CC", description = "ISO 3166-1 code of the country the text means by 我国. Default: none.")
    String perspective;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (id != null && files.size() > 1)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--id names one document; add the files one by one");
        DocumentAdder adder = DocumentAdder.into(paths.corpus());
        Overrides options = new Overrides(id, title, titleEn, publisher, issued, kind, language, perspective);
        var out = spec.commandLine().getOut();
        for (Path file : files) {
            Added a = adder.add(file, options);
            out.printf("added %s (%s, %d characters)%n", a.id(), a.mediaType(), a.characters());
            out.printf("  text      %s%n", a.textFile());
            if (a.originalFile() != null)
                out.printf("  original  %s%n", a.originalFile());
            for (Map.Entry<String, String> f : a.fields().entrySet())
                out.printf("  %-9s %s  (from the %s)%n", f.getKey(), f.getValue(), a.sources().get(f.getKey()));
            for (String note : a.notes())
                out.printf("  note: %s%n", note);
        }
        out.println("next: ./dgkg build");
        out.flush();
        return DgkgCommand.OK;
    }
}
