package io.sae.methods.geometric;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Parses the hidden widths of the classifier head ("32,64": the paper's Lin(2,32), Lin(32,64), Lin(64,n)). */
final class HeadWidths {
  private HeadWidths() {}

  static List<Integer> parse(String method, String text) {
    List<Integer> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    for (String part : text.split(",")) {
      try {
        int v = Integer.parseInt(part.trim());
        if (v < 1) {
          throw new NumberFormatException();
        }
        out.add(v);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("option hidden of method " + method + " expects positive widths like 32,64, got '" + text + "'");
      }
    }
    return out;
  }
}
