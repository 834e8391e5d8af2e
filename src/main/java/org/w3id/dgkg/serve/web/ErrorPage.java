package org.w3id.dgkg.serve.web;

/**
 * An error or not-found page: the status, a title, what went wrong, and (for an identifier
 * that has no description) the IRI asked for.
 */
public record ErrorPage(int status, String title, String message, String iri) {}
