package io.sae.tf.train;

import io.sae.api.data.FloatMatrix;
import io.sae.api.training.EpochContext;
import io.sae.api.training.History;

/** An epoch context without a model, for callbacks that only read the history. */
record FakeEpochContext(History history) implements EpochContext {
  @Override
  public FloatMatrix encode(FloatMatrix x) {
    throw new UnsupportedOperationException("no model in this test");
  }

  @Override
  public int keptEpoch() {
    throw new UnsupportedOperationException("not tracked in this test");
  }

  @Override
  public void requestStop(String reason) {
    throw new UnsupportedOperationException("built-in callbacks do not stop training");
  }
}
