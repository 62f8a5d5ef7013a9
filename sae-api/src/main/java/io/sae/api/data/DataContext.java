package io.sae.api.data;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What a {@link DatasetSource} may use: the cache directory and a sink for progress lines (fetching can
 * take a while).
 *
 * @param cacheDir where fetched files are kept, one sub-folder per dataset
 * @param log progress messages for the user
 * @param seed seed for generated datasets
 */
public record DataContext(Path cacheDir, Consumer<String> log, long seed) {}
