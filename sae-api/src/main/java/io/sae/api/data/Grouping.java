package io.sae.api.data;

import io.sae.api.InvalidInputException;
import java.util.List;

/**
 * Maps a dataset's classes onto coarser groups (e.g. MNIST digits onto A/B/C): the structure the user wants
 * in the latent space is then the groups, not the original classes.
 *
 * @param name registry name, e.g. {@code mnist-abc}
 * @param groupNames the new class names, in order
 * @param members for each group, the original class names it contains
 */
public record Grouping(String name, List<String> groupNames, List<List<String>> members) {

  public Grouping {
    groupNames = List.copyOf(groupNames);
    members = members.stream().map(List::copyOf).toList();
    if (groupNames.size() != members.size()) {
      throw new InvalidInputException("grouping " + name + ": " + groupNames.size() + " group names but " + members.size() + " member lists");
    }
    if (groupNames.isEmpty()) throw new InvalidInputException("grouping " + name + " has no groups");
  }
}
