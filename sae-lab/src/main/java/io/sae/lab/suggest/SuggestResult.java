package io.sae.lab.suggest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LabelSuggestions} found and wrote.
 *
 * @param suggestions the most uncertain samples, most uncertain first
 * @param unlabelled how many unlabelled training samples were ranked
 * @param csv {@code suggestions.csv}
 * @param png {@code suggestions.png} (the samples in rank order), for image data only
 */
public record SuggestResult(List<Suggestion> suggestions, int unlabelled, Path csv, Optional<Path> png) {
  /** Keeps an unmodifiable copy of the suggestions. */
  public SuggestResult {
    suggestions = List.copyOf(suggestions);
  }
}
