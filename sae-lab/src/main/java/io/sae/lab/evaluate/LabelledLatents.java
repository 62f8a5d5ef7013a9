package io.sae.lab.evaluate;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import io.sae.runtime.data.PreparedData;
import java.util.stream.IntStream;

/**
 * The training samples whose labels the method could see, and their latents: what every fitted latent
 * classifier learns from (in {@code sae evaluate} and in {@code sae export}, so both fit the same SVM).
 *
 * @param samples the labelled training samples
 * @param latents their latent codes, one row per sample
 */
public record LabelledLatents(Dataset samples, FloatMatrix latents) {

  /** The visible-label training samples of {@code data} and their latents under {@code model}. */
  public static LabelledLatents of(PreparedData data, SaeModel model) {
    Dataset train = data.labeled().train();
    int[] labelled = IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
    Dataset samples = train.subset("train-labelled", labelled);
    return new LabelledLatents(samples, LabelledInference.encode(model, samples));
  }

  /** Why no classifier can be fitted (fewer than 2 classes, a class without a labelled sample), or "". */
  public String unfittable(int classes) {
    if (classes < 2) {
      return "the data has fewer than 2 classes";
    }
    int[] counts = samples.classCounts();
    for (int k = 0; k < classes; k++) {
      if (counts[k] == 0) {
        return "class " + samples.classNames().get(k) + " has no labelled training sample";
      }
    }
    return "";
  }
}
