package org.w3id.dgkg.store;

import java.nio.file.Path;
import java.time.Instant;

/** One complete, loaded TDB2 database inside the store directory, with what built it. */
public record Generation(String name, Path directory, String fingerprint, Instant created, long quads) {}
