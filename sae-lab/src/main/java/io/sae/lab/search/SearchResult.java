package io.sae.lab.search;

import java.nio.file.Path;

/**
 * A search and the contact sheet drawn of it.
 *
 * @param ranking the query and the results
 * @param sheet the PNG written: the query first when it has pixels, then the results by rank
 */
public record SearchResult(SearchRanking ranking, Path sheet) {}
