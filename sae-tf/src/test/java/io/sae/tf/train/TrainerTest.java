package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.tf.train.TrainingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  private static final SampleField TARGET = new SampleField("target", 2);
  private static final SampleField MASK = new SampleField("mask", 1);

  private final Trainer trainer = new Trainer(Fixtures.losses(), Fixtures.transforms());

  private static TrainingPlan autoencoder(String arch, int[] shape) {
    return new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse(arch), shape, 2),
        List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)), List.of(), List.of(), EpochSelection.LAST,
        ReadoutSpec.linearSvm(1), false, List.of());
  }

  @Test
  void autoencoderLossFallsAndValidationIsReported() throws Exception {
    Dataset d = Fixtures.twoClasses(400, new int[] {16}, 1);
    var out = trainer.train(TrainRequest.of(autoencoder("dense:8:relu:sigmoid", new int[] {16}), Fixtures.withValidation(d, 40),
        new TrainingOptions(6, 32, 1e-2, 1)));
    double[] loss = out.history().series("loss");
    assertThat(loss[5]).isLessThan(loss[0] * 0.5);
    // the data has two prototypes with noise 0.1: a good model reconstructs to about the noise level
    assertThat(out.history().last().value("val_reconstruction_rmse")).isLessThan(0.15);
    assertThat(out.selectedEpoch()).isEqualTo(5);
  }

  @Test
  void sameSeedGivesSameWeightsAndOtherSeedDiffers() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 1);
    TrainingPlan plan = autoencoder("dense:8", new int[] {16});
    var a = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 16, 1e-2, 7)));
    var b = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 16, 1e-2, 7)));
    var c = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 16, 1e-2, 8)));
    assertThat(a.weights().get("latent/kernel").values()).containsExactly(b.weights().get("latent/kernel").values());
    assertThat(a.weights().get("latent/kernel").values()).isNotEqualTo(c.weights().get("latent/kernel").values());
  }

  @Test
  void resumedRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 2);
    TrainingPlan plan = autoencoder("dense:8", new int[] {16});
    var full = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(4, 16, 1e-2, 3)));

    CheckpointStore store = new CheckpointStore(dir);
    // "kill" after epoch 2 of 4: a listener throws like an interrupted process would stop
    TrainingListener killer = new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m) {
        if (m.epoch() == 1) {
          throw new IllegalStateException("killed");
        }
      }
    };
    assertThatThrownBy(() -> trainer.train(TrainRequest.builder(plan, Fixtures.noValidation(d), new TrainingOptions(4, 16, 1e-2, 3))
        .checkpoints(store).listener(killer).build())).hasMessage("killed");
    assertThat(store.load().epochsDone()).isEqualTo(2);

    var resumed = trainer.train(TrainRequest.builder(plan, Fixtures.noValidation(d), new TrainingOptions(4, 16, 1e-2, 3))
        .checkpoints(store).resume(true).build());
    assertThat(resumed.history().epochs()).hasSize(4);
    assertThat(resumed.weights().get("latent/kernel").values()).containsExactly(full.weights().get("latent/kernel").values());
    assertThat(resumed.history().series("loss")).containsExactly(full.history().series("loss"));
  }

  @Test
  void aCallbackSeesTheHistoryEncodesWithCurrentWeightsAndCanStopTraining() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 1);
    TrainingPlan plan = autoencoder("dense:8", new int[] {16});
    FloatMatrix probe = d.features().rowRange(0, 5);
    List<FloatMatrix> encoded = new java.util.ArrayList<>();
    TrainingListener stopAfterSecond = new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m, io.sae.api.training.EpochContext context) {
        assertThat(context.history().epochs()).hasSize(m.epoch() + 1);
        encoded.add(context.encode(probe));
        if (m.epoch() == 1) {
          context.requestStop("enough");
          context.requestStop("ignored: the first reason is kept");
        }
      }
    };
    var out = trainer.train(TrainRequest.builder(plan, Fixtures.noValidation(d), new TrainingOptions(5, 16, 1e-2, 7))
        .listener(stopAfterSecond).build());
    assertThat(out.history().epochs()).hasSize(2);
    assertThat(out.selectedEpoch()).isEqualTo(1);
    assertThat(out.stoppedBecause()).isEqualTo("enough");
    // the latents seen after the last epoch are those of the kept weights, and they changed between epochs
    try (var model = new io.sae.tf.model.TfModel(new io.sae.api.model.ModelInfo("ae", plan.architecture(), d.classNames()), out.weights(),
        Fixtures.transforms())) {
      assertThat(encoded.get(1).data()).containsExactly(model.encode(probe).data());
    }
    assertThat(encoded.get(0).data()).isNotEqualTo(encoded.get(1).data());
    // the same seed stopped by the callback trains the first two epochs exactly as an uninterrupted run
    var full = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 16, 1e-2, 7)));
    assertThat(full.weights().get("latent/kernel").values()).containsExactly(out.weights().get("latent/kernel").values());
    assertThat(full.stoppedEarly()).isFalse();
  }

  @Test
  void warmStartContinuesFromGivenWeights() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 2);
    TrainingPlan plan = autoencoder("dense:8", new int[] {16});
    var first = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(4, 16, 1e-2, 3)));
    // zero epochs are not allowed, so compare the first epoch's loss: a warm start begins where the first run ended
    var cold = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(1, 16, 1e-2, 9)));
    var warm = trainer.train(TrainRequest.builder(plan, Fixtures.noValidation(d), new TrainingOptions(1, 16, 1e-2, 9))
        .warmStart(first.weights()).build());
    assertThat(warm.history().series("loss")[0]).isLessThan(cold.history().series("loss")[0] / 2);
    assertThat(warm.history().series("loss")[0]).isLessThan(first.history().series("loss")[3] * 1.5);
    TrainingPlan other = autoencoder("dense:4", new int[] {16});
    assertThatThrownBy(() -> trainer.train(TrainRequest.builder(other, Fixtures.noValidation(d), new TrainingOptions(1, 16, 1e-2, 9))
        .warmStart(first.weights()).build())).hasMessageContaining("shape");
  }

  @Test
  void nanLossStopsWithClearMessage() {
    Dataset small = Fixtures.twoClasses(64, new int[] {16}, 1);
    float[] huge = small.features().data().clone();
    for (int i = 0; i < huge.length; i++) {
      huge[i] *= 1e30f; // finite values whose squares overflow float32
    }
    Dataset d = new Dataset("huge", new FloatMatrix(64, 16, huge), new int[] {16}, small.labels(), small.classNames());
    TrainingPlan plan = autoencoder("dense:8:relu:linear", new int[] {16});
    assertThatThrownBy(() -> trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 8, 1e-3, 1))))
        .isInstanceOf(TrainingDivergedException.class)
        .hasMessageContaining("training diverged");
  }

  @Test
  void classifierOnLabelledOnlyKeepsBestValidationEpoch() throws Exception {
    Dataset all = Fixtures.twoClasses(300, new int[] {16}, 4);
    int[] labels = all.labels();
    for (int i = 100; i < labels.length; i++) {
      labels[i] = Dataset.UNLABELED; // only 100 labels, 40 of them for validation
    }
    Dataset partly = all.withLabels("partly", labels, all.classNames());
    TrainingPlan plan = new TrainingPlan(
        new ArchitectureSpec(NetworkSpecs.parse("dense:8"), new int[] {16}, 2, false, List.of(new HeadSpec.Classifier(2, List.of())),
            Optional.empty(), 0),
        List.of(LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 1)), List.of(), List.of(),
        EpochSelection.best("val_accuracy", true), ReadoutSpec.softmaxHead(), true, List.of());
    List<Integer> samplesPerEpoch = new ArrayList<>();
    TrainingListener counter = new TrainingListener() {
      @Override
      public void onTrainBegin(int first, int epochs, int samples) {
        samplesPerEpoch.add(samples);
      }
    };
    var out = trainer.train(TrainRequest.builder(plan, Fixtures.withValidation(partly, 40), new TrainingOptions(5, 16, 1e-2, 1))
        .listener(counter).build());
    assertThat(samplesPerEpoch).containsExactly(60);
    double[] acc = out.history().series("val_accuracy");
    int best = 0;
    for (int i = 1; i < acc.length; i++) {
      if (acc[i] > acc[best]) {
        best = i;
      }
    }
    assertThat(out.selectedEpoch()).isEqualTo(best);
    assertThat(acc[best]).isGreaterThan(0.9);
  }

  @Test
  void aListenerSeesTheValidationMetricsTheKeptEpochAndItsEpochsCheckpoint(@TempDir Path dir) throws Exception {
    Dataset all = Fixtures.twoClasses(200, new int[] {16}, 4);
    TrainingPlan plan = new TrainingPlan(
        ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2).withHead(new HeadSpec.Classifier(2, List.of())),
        List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1), LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 0.02)), List.of(),
        List.of(), EpochSelection.best("val_cross_entropy", false), ReadoutSpec.softmaxHead(), false, List.of());
    var data = Fixtures.withValidation(all, 40);
    CheckpointStore store = new CheckpointStore(dir);
    List<java.util.Set<String>> validationSeen = new ArrayList<>();
    List<Integer> keptSeen = new ArrayList<>();
    List<Integer> checkpointBestSeen = new ArrayList<>();
    TrainingListener watcher = new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m, io.sae.api.training.EpochContext context) {
        validationSeen.add(new java.util.TreeSet<>(m.values().keySet().stream().filter(k -> k.startsWith("val_")).toList()));
        keptSeen.add(context.keptEpoch());
        try {
          CheckpointStore.Checkpoint c = store.load();
          assertThat(c.epochsDone()).isEqualTo(m.epoch() + 1); // written before the listeners run
          checkpointBestSeen.add(c.bestEpoch());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    var out = trainer.train(TrainRequest.builder(plan, data, new TrainingOptions(6, 16, 1e-2, 2)).checkpoints(store).listener(watcher).build());
    assertThat(validationSeen).hasSize(6).containsOnly(Trainer.validationMetrics(plan, data));
    assertThat(Trainer.validationMetrics(plan, data)).containsExactly("val_accuracy", "val_cross_entropy", "val_reconstruction_rmse");
    // the kept epoch after each epoch, recomputed from the history: the first lowest cross-entropy so far
    double[] ce = out.history().series("val_cross_entropy");
    List<Integer> expected = new ArrayList<>();
    int best = 0;
    for (int e = 0; e < ce.length; e++) {
      best = ce[e] < ce[best] ? e : best;
      expected.add(best);
    }
    assertThat(keptSeen).isEqualTo(expected);
    assertThat(checkpointBestSeen).isEqualTo(expected);
    assertThat(out.selectedEpoch()).isEqualTo(expected.getLast());
    assertThat(new java.util.HashSet<>(expected)).as("the choice moved at least once, so the check above can fail").hasSizeGreaterThan(1);

    // a run keeping the last epoch tells each listener its own epoch
    List<Integer> lastSeen = new ArrayList<>();
    trainer.train(TrainRequest.builder(autoencoder("dense:8", new int[] {16}), data, new TrainingOptions(3, 16, 1e-2, 2))
        .listener(new TrainingListener() {
          @Override
          public void onEpochEnd(EpochMetrics m, io.sae.api.training.EpochContext context) {
            lastSeen.add(context.keptEpoch());
          }
        }).build());
    assertThat(lastSeen).containsExactly(0, 1, 2);
  }

  @Test
  void hookFieldsFeedLatentTargetsAndAreChecked() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 5);
    List<Integer> refreshed = new ArrayList<>();
    EpochHook hook = new EpochHook() {
      @Override
      public boolean refreshBefore(int epoch) {
        return epoch % 2 == 0;
      }

      @Override
      public List<SampleField> fills() {
        return List.of(TARGET, MASK);
      }

      @Override
      public HookResult refresh(EpochState s) {
        refreshed.add(s.epoch());
        assertThat(s.latents().rows()).isEqualTo(200);
        assertThat(s.latentRows()).hasSize(200);
        float[] target = new float[200 * 2];
        float[] mask = new float[200];
        for (int i = 0; i < 200; i++) {
          target[2 * i] = s.train().label(i) == 0 ? -3 : 3; // pull class 0 to x=-3, class 1 to x=+3
          mask[i] = 1;
        }
        return new HookResult(Map.of("target", new FloatMatrix(200, 2, target), "mask", new FloatMatrix(200, 1, mask)),
            Map.of("calls", (double) refreshed.size()), Map.of());
      }
    };
    TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
        List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 0.5),
            LossTerm.of(LossKinds.LATENT_MSE, 0.5).withField("target", TARGET).withField("mask", MASK)),
        List.of(TARGET, MASK), List.of(hook), EpochSelection.LAST,
        ReadoutSpec.linearSvm(1), false, List.of());
    var out = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(8, 16, 1e-2, 1)));
    assertThat(refreshed).containsExactly(0, 2, 4, 6);
    assertThat(out.history().last().value("latent-mse")).isLessThan(0.05);
    assertThat(out.history().epochs().get(2).values()).containsKey("hook_calls");
    assertThat(out.history().epochs().get(1).hookSeconds()).isZero();
  }

  /** A hook filling one field with a constant per class, counting its refreshes in its saved state. */
  private static EpochHook fieldHook(String field, int width, boolean everyEpoch, List<String> restoredFrom) {
    return new EpochHook() {
      private int refreshes;

      @Override
      public boolean refreshBefore(int epoch) {
        return everyEpoch;
      }

      @Override
      public List<SampleField> fills() {
        return List.of(new SampleField(field, width));
      }

      @Override
      public HookResult refresh(EpochState s) {
        refreshes++;
        float[] v = new float[s.train().size() * width];
        for (int r = 0; r < s.train().size(); r++) {
          v[r * width] = width == 1 ? 1 : s.train().label(r) == 0 ? -3 : 3;
        }
        return new HookResult(Map.of(field, new FloatMatrix(s.train().size(), width, v)), Map.of(field + "_refreshes", (double) refreshes), Map.of());
      }

      @Override
      public void saveState(Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve(field + ".txt"), String.valueOf(refreshes));
      }

      @Override
      public void restoreState(Path dir) throws java.io.IOException {
        refreshes = Integer.parseInt(java.nio.file.Files.readString(dir.resolve(field + ".txt")));
        restoredFrom.add(dir.getFileName() + ":" + field);
      }
    };
  }

  private static TrainingPlan twoHookPlan(EpochHook target, EpochHook mask) {
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 0.5))
        .loss(LossTerm.of(LossKinds.LATENT_MSE, 0.5).withField("target", TARGET).withField("mask", MASK))
        .field(TARGET).field(MASK)
        .hook(target).hook(mask).build();
  }

  @Test
  void severalHooksEachFillTheirFieldsAndResumeFromTheirOwnState(@TempDir Path dir) throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 5);
    List<String> restored = new ArrayList<>();
    TrainingOptions options = new TrainingOptions(6, 16, 1e-2, 1);
    var full = trainer.train(TrainRequest.of(twoHookPlan(fieldHook("target", 2, true, restored), fieldHook("mask", 1, false, restored)),
        Fixtures.noValidation(d), options));
    assertThat(full.history().last().value("latent-mse")).isLessThan(0.05);
    assertThat(full.history().last().values()).containsEntry("hook_target_refreshes", 6.0); // every epoch
    assertThat(full.history().epochs().get(0).values()).containsEntry("hook_mask_refreshes", 1.0); // only before the first

    CheckpointStore store = new CheckpointStore(dir.resolve("ckpt"));
    TrainingListener stopAtThree = new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m) {
        if (m.epoch() == 2) {
          throw new IllegalStateException("interrupted");
        }
      }
    };
    assertThatThrownBy(() -> trainer.train(
        TrainRequest.builder(twoHookPlan(fieldHook("target", 2, true, restored), fieldHook("mask", 1, false, restored)), Fixtures.noValidation(d),
            options).checkpoints(store).listener(stopAtThree).build())).hasMessageContaining("interrupted");
    var resumed = trainer.train(
        TrainRequest.builder(twoHookPlan(fieldHook("target", 2, true, restored), fieldHook("mask", 1, false, restored)), Fixtures.noValidation(d),
            options).checkpoints(store).resume(true).build());
    assertThat(restored).containsExactly("hook:target", "hook-1:mask");
    assertThat(resumed.weights().get("latent/kernel").values()).containsExactly(full.weights().get("latent/kernel").values());
    assertThat(resumed.history().last().values()).containsEntry("hook_target_refreshes", 6.0);
  }

  @Test
  void aFieldFilledByTwoHooksIsRejectedWhenThePlanIsBuilt() {
    List<String> restored = new ArrayList<>();
    SampleField wide = new SampleField("target", 16);
    var plan = TrainingPlan.builder(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1).withField("target", wide)).field(wide)
        .hook(fieldHook("target", 16, true, restored)).hook(fieldHook("target", 16, true, restored));
    assertThatThrownBy(plan::build).hasMessageContaining("sample field 'target' is filled by two hooks: hook 0").hasMessageContaining("and hook 1");
  }

  @Test
  void aHookGivingOtherFieldsThanItDeclaresIsStopped() {
    Dataset d = Fixtures.twoClasses(20, new int[] {16}, 5);
    EpochHook liar = new EpochHook() {
      @Override
      public List<SampleField> fills() {
        return List.of(TARGET, MASK);
      }

      @Override
      public HookResult refresh(EpochState s) {
        return HookResult.builder().put(TARGET, FloatMatrix.zeros(20, 2)).build();
      }
    };
    TrainingPlan plan = TrainingPlan.builder(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2))
        .loss(LossTerm.of(LossKinds.LATENT_MSE, 1).withField("target", TARGET).withField("mask", MASK)).field(TARGET).field(MASK)
        .hook(liar).build();
    assertThatThrownBy(() -> trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(1, 8, 1e-2, 1))))
       .hasMessageContaining("declares that it fills [mask, target] but its refresh gave [target]");
  }

  @Test
  void hookAskingForLabelledLatentsGetsOnlyThoseRows() throws Exception {
    Dataset all = Fixtures.twoClasses(50, new int[] {16}, 6);
    int[] labels = all.labels();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 5 == 0 ? labels[i] : Dataset.UNLABELED; // rows 0, 5, 10, ... keep their labels
    }
    Dataset partly = all.withLabels("partly", labels, all.classNames());
    List<int[]> seen = new ArrayList<>();
    EpochHook hook = new EpochHook() {
      @Override
      public io.sae.api.method.LatentScope latentScope() {
        return io.sae.api.method.LatentScope.LABELED;
      }

      @Override
      public List<SampleField> fills() {
        return List.of(TARGET, MASK);
      }

      @Override
      public HookResult refresh(EpochState s) {
        seen.add(s.latentRows());
        assertThat(s.latents().rows()).isEqualTo(s.latentRows().length);
        return new HookResult(Map.of("mask", FloatMatrix.zeros(50, 1), "target", FloatMatrix.zeros(50, 2)), Map.of(), Map.of());
      }
    };
    TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
        List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1), LossTerm.of(LossKinds.LATENT_MSE, 1).withField("target", TARGET).withField("mask", MASK)),
        List.of(TARGET, MASK), List.of(hook), EpochSelection.LAST,
        ReadoutSpec.linearSvm(1), false, List.of());
    trainer.train(TrainRequest.of(plan, Fixtures.noValidation(partly), new TrainingOptions(1, 10, 1e-2, 1)));
    assertThat(seen).singleElement().satisfies(rows -> assertThat(rows).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 40, 45));
  }

  @Test
  void hookReturningWrongShapeIsRejected() {
    Dataset d = Fixtures.twoClasses(20, new int[] {16}, 5);
    EpochHook bad = new EpochHook() {
      @Override
      public List<SampleField> fills() {
        return List.of(TARGET);
      }

      @Override
      public HookResult refresh(EpochState s) {
        return HookResult.builder().put(TARGET, FloatMatrix.zeros(19, 2)).build(); // 19 rows for 20 samples
      }
    };
    TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
        List.of(LossTerm.of(LossKinds.LATENT_MSE, 1).withField("target", TARGET).withField("mask", TARGET)),
        List.of(TARGET), List.of(bad), EpochSelection.LAST, ReadoutSpec.linearSvm(1), false, List.of());
    assertThatThrownBy(() -> trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(1, 8, 1e-2, 1))))
       .hasMessageContaining("must be 20x2");
  }

  @Test
  void unknownLossKindNamesTheRegisteredOnes() {
    Dataset d = Fixtures.twoClasses(20, new int[] {16}, 5);
    TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
        List.of(LossTerm.of("no-such-loss", 1)), List.of(), List.of(), EpochSelection.LAST, ReadoutSpec.linearSvm(1), false, List.of());
    assertThatThrownBy(() -> trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(1, 8, 1e-2, 1))))
        .hasMessageContaining("unknown loss term 'no-such-loss'").hasMessageContaining("reconstruction-mse");
  }
}
