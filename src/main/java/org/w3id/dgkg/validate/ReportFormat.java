package org.w3id.dgkg.validate;

/** How a validation report is written: for people, or as data. */
public enum ReportFormat { text, turtle, json }
