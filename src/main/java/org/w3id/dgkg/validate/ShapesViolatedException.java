package org.w3id.dgkg.validate;

import org.apache.jena.shacl.ValidationReport;
import org.w3id.dgkg.DgkgException;

/** The data does not meet the shapes; carries the full report for rendering. */
public class ShapesViolatedException extends DgkgException {
    private final transient ValidationReport report;
    private final transient ShapesValidator validator;

    public ShapesViolatedException(String what, ValidationReport report, ShapesValidator validator) {
        super(what + " violates the SHACL shapes (" + ShapesValidator.violations(report) + " violations)");
        this.report = report;
        this.validator = validator;
    }

    /** The report as text, with failing shapes named. */
    public String renderText() {
        return validator.renderer(null, SourceLocator.none(), null).render(report, ReportFormat.text);
    }

    public ValidationReport report() {
        return report;
    }
}
