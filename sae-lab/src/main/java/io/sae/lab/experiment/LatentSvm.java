package io.sae.lab.experiment;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutSpec;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.metrics.ConfusionMatrix;
import java.io.IOException;
import java.util.stream.IntStream;

/**
 * The test error of a linear SVM on a trained model's latents, fitted on the visible labels of another label
 * selection: how one unsupervised autoencoder serves as the {@code ae + SVM} baseline at every label count
 * (the same fit {@code sae evaluate} does, on the labels a run with that selection would see).
 */
public final class LatentSvm {
  private LatentSvm() {}

  /** The linear-SVM test error of {@code run}'s latents, fitted on the visible labels {@code labels} selects. */
  public static double testError(SaeRuntime services, OpenRun run, DataRequest labels) throws IOException {
    PreparedData data = labels.prepare(services);
    Dataset train = data.labeled().train();
    int[] labelled = IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
    Dataset trainLabelled = train.subset("train-labelled", labelled);
    FloatMatrix trainLatents = run.model().encode(trainLabelled.features());
    FloatMatrix testLatents = run.model().encode(data.test().features());
    int classes = data.facts().classCount();
    LinearSvm.Model svm = LinearSvm.of(ReadoutSpec.linearSvm(1.0), labels.seed()).fit(trainLatents, trainLabelled.labels(), classes);
    return ConfusionMatrix.of(data.test().labels(), svm.predict(testLatents), classes).error();
  }
}
