package org.w3id.dgkg.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the site's pages from the JTE templates in {@code src/main/jte}. The templates are
 * compiled to Java classes by the build (jte-maven-plugin), so a page that does not type-check
 * fails the build and nothing is compiled at run time; {@link ContentType#Html} escapes every
 * {@code ${…}} for the context it is printed in (text, attribute, URL).
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {}

    /** The page {@code name} (e.g. {@code "home.jte"}) with its one parameter, the page's model. */
    public static String render(String name, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, model, out);
        return out.toString();
    }

    /** A page with several (or no) parameters, by name. */
    public static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, params, out);
        return out.toString();
    }
}
