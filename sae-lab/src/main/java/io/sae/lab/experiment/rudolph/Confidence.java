package io.sae.lab.experiment.rudolph;

import io.sae.lab.experiment.RunMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper 001, Section 3.4: how well decision confidence tracks precision. For each label count, the expected
 * calibration error of SAE's linear-SVM scores normalised between the class centres, against the
 * {@code classifier}'s softmax top probability and its own latent SVM's normalised scores (from the runs'
 * evaluations), with the reliability plots of one label count copied next to the report.
 */
final class Confidence {
  private Confidence() {}

  static Section run(Context ctx, Recipe.Data data, List<String> labelCounts, String plotLabels, double gamma, int trainSize) throws IOException {
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    List<String> images = new ArrayList<>();
    for (String labels : labelCounts) {
      Recipe saeRecipe = ctx.sae(data, labels, ctx.seed(), gamma);
      Recipe clsRecipe = ctx.classifier(data, labels, trainSize);
      RunMetrics sae = ctx.run(saeRecipe);
      RunMetrics cls = ctx.run(clsRecipe);
      double saeEce = sae.number("linear_svm_confidence_ece");
      double softmaxEce = cls.number("softmax_confidence_ece");
      double clsSvmEce = cls.number("linear_svm_confidence_ece");
      rows.add(List.of(labels, Context.fmt(saeEce), Context.fmt(softmaxEce), Context.fmt(clsSvmEce)));
      json.put(labels, Map.of("sae_svm_normalised_ece", saeEce, "classifier_softmax_ece", softmaxEce, "classifier_svm_normalised_ece", clsSvmEce));
      if (labels.equals(plotLabels)) {
        images.add(copy(ctx, saeRecipe, "confidence-sae-L" + labels + ctx.fileSuffix() + ".png"));
        images.add(copy(ctx, clsRecipe, "confidence-classifier-L" + labels + ctx.fileSuffix() + ".png"));
      }
    }
    return new Section(data.tag() + ": decision confidence (Section 3.4)",
        List.of("Expected calibration error (10 bins; lower is better) of each confidence on the test set. SAE: linear-SVM scores"
            + " normalised between the class centres into [0, 1]; classifier: its softmax top probability, and the same normalised SVM"
            + " scores on its latents. The plots show precision per confidence bin for " + plotLabels + " labels (SAE first)."),
        List.of("labels", "SAE, normalised SVM score", "classifier, softmax", "classifier, normalised SVM score"), rows, images, json);
  }

  private static String copy(Context ctx, Recipe r, String name) throws IOException {
    Files.copy(ctx.runs().runPath(r.name()).resolve("reliability.png"), ctx.dir().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    return name;
  }
}
