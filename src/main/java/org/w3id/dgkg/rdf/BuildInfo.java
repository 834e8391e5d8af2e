package org.w3id.dgkg.rdf;

import java.time.Instant;

/** What the meta graph says about the build that produced the dataset. */
public record BuildInfo(String version, Instant time, String fingerprint) {}
