package io.sae.lab.search;

import java.nio.file.Path;

/**
 * An index {@link LatentIndexer} wrote.
 *
 * @param dir the index folder
 * @param index its header ({@code index.json}): the data indexed and the number of rows
 * @param encodeSeconds wall time of encoding the samples
 */
public record IndexResult(Path dir, LatentIndex index, double encodeSeconds) {}
