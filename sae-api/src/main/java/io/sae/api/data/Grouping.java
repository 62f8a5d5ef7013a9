package io.sae.api.data;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    if (groupNames.isEmpty()) {
      throw new InvalidInputException("grouping " + name + " has no groups");
    }
  }

  /**
   * Relabels {@code dataset}: every class must belong to exactly one group.
   *
   * @throws InvalidInputException when a class is in no group, in two groups, or a member is not a class
   */
  public Dataset apply(Dataset dataset) {
    List<String> classes = dataset.classNames();
    Map<String, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < members.size(); g++) {
      for (String c : members.get(g)) {
        if (!classes.contains(c)) {
          throw new InvalidInputException(
              "grouping " + name + ": '" + c + "' is not a class of " + dataset.name() + " (classes: " + classes + ")");
        }
        if (groupOf.put(c, g) != null) {
          throw new InvalidInputException("grouping " + name + ": class '" + c + "' is in more than one group");
        }
      }
    }
    List<String> missing = new ArrayList<>();
    int[] map = new int[classes.size()];
    for (int c = 0; c < classes.size(); c++) {
      Integer g = groupOf.get(classes.get(c));
      if (g == null) {
        missing.add(classes.get(c));
      } else {
        map[c] = g;
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException("grouping " + name + " leaves classes " + missing + " of " + dataset.name() + " in no group");
    }
    int[] labels = dataset.labels();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != Dataset.UNLABELED) {
        labels[i] = map[labels[i]];
      }
    }
    return dataset.withLabels(dataset.name() + "/" + name, labels, groupNames);
  }
}
