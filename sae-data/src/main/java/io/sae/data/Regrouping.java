package io.sae.data;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.Grouping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies a {@link Grouping}: a dataset's classes become the grouping's groups. */
public final class Regrouping {
  private Regrouping() {}

  /**
   * Relabels {@code dataset}: every class must belong to exactly one group.
   *
   * @throws InvalidInputException when a class is in no group, in two groups, or a member is not a class
   */
  public static Dataset apply(Grouping grouping, Dataset dataset) {
    String name = grouping.name();
    List<List<String>> members = grouping.members();
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
    return dataset.withLabels(dataset.name() + "/" + name, labels, grouping.groupNames());
  }
}
