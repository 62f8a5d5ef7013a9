package io.sae.lab.search;

import java.util.Optional;

/**
 * One result of a search.
 *
 * @param rank 1-based rank
 * @param row the index row (the ID {@code sae search} shows)
 * @param label the row's class name, or empty for an unlabelled sample
 * @param similarity paper 003's pair similarity to the query (Eq. 15), in [0, 1]
 */
public record SearchHit(int rank, int row, Optional<String> label, double similarity) {}
