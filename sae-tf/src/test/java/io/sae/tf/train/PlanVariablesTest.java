package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.TrainingPlan;
import io.sae.api.method.VariableKey;
import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.training.TrainingListener;
import io.sae.data.LabeledSplit;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Plan-declared variables: trained with the network, seen by hooks, assigned from hook results, kept in the
 * outcome's weights and in checkpoints, and optional in a warm start only when a hook assigns them.
 */
class PlanVariablesTest {
  /** The trainer's request from the positional arguments these tests were written with. */
  private TrainingOutcome train(TrainingPlan plan, LabeledSplit data, TrainingOptions options, Optional<CheckpointStore> store,
      boolean resume, List<? extends TrainingListener> listeners) throws java.io.IOException {
    return train(plan, data, options, store, resume, Optional.empty(), listeners);
  }

  private TrainingOutcome train(TrainingPlan plan, LabeledSplit data, TrainingOptions options, Optional<CheckpointStore> store,
      boolean resume, Optional<ParameterSnapshot> warm, List<? extends TrainingListener> listeners) throws java.io.IOException {
    TrainRequest.Builder b = TrainRequest.builder(plan, data, options).resume(resume).listeners(listeners);
    store.ifPresent(b::checkpoints);
    warm.ifPresent(b::warmStart);
    return trainer.train(b.build());
  }

  private static final VariableKey CENTRE = new VariableKey("centre", 1, 2);
  private static final int[] SHAPE = {16};

  /** Loss kind "pull": mean squared distance of the latents to the variable's single row. */
  private static final LossBuilder PULL = (term, ctx) -> {
    var tf = ctx.tf();
    Operand<TFloat32> d = tf.math.sub(ctx.model().latent(), ctx.variable(CENTRE));
    return BatchMeans.mean(tf, BatchMeans.rowMean(tf, tf.math.square(d)));
  };

  private static final VariableKey FIXED = VariableKey.fixed("anchor", 1, 2);

  /** Loss kind "pull-fixed": as "pull", towards the fixed variable. */
  private static final LossBuilder PULL_FIXED = (term, ctx) -> {
    var tf = ctx.tf();
    Operand<TFloat32> d = tf.math.sub(ctx.model().latent(), ctx.variable(FIXED));
    return BatchMeans.mean(tf, BatchMeans.rowMean(tf, tf.math.square(d)));
  };

  private final Trainer trainer;

  PlanVariablesTest() {
    var losses = Fixtures.losses();
    losses.put("pull", PULL);
    losses.put("pull-fixed", PULL_FIXED);
    trainer = new Trainer(losses, Fixtures.transforms());
  }

  /** Assigns a fixed centre at the first refresh and records the values it sees at every refresh. */
  static final class AssigningHook implements EpochHook {
    final FloatMatrix value;
    final List<FloatMatrix> seen = new ArrayList<>();

    AssigningHook(FloatMatrix value) {
      this.value = value;
    }

    @Override
    public HookResult refresh(EpochState state) {
      seen.add(state.variable(CENTRE));
      return new HookResult(Map.of(), Map.of(), seen.size() == 1 ? Map.of(CENTRE, value) : Map.of());
    }
  }

  private static TrainingPlan.Builder base() {
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), SHAPE, 2))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1));
  }

  private static TrainingPlan withCentre(Optional<EpochHook> hook) {
    return base().loss(LossTerm.of("pull", 1)).variable(CENTRE).hook(hook).build();
  }

  private static TrainingOptions epochs(int n) {
    return new TrainingOptions(n, 16, 1e-2, 5);
  }

  @Test
  void aHookAssignsTheVariableWhichIsThenTrainedAndSaved() throws Exception {
    Dataset d = Fixtures.twoClasses(100, SHAPE, 1);
    FloatMatrix start = new FloatMatrix(1, 2, new float[] {3f, -3f});
    AssigningHook hook = new AssigningHook(start);
    var out = train(withCentre(Optional.of(hook)), Fixtures.noValidation(d), epochs(2), Optional.empty(), false, List.of());
    assertThat(hook.seen).hasSize(2);
    assertThat(hook.seen.get(0).data()).as("a fresh variable starts at zero").containsExactly(0f, 0f);
    float[] afterOne = hook.seen.get(1).data();
    // trained from the assigned value: moved toward the latents, but still near (3, -3) after one epoch of lr 0.01 steps
    assertThat(afterOne).isNotEqualTo(start.data());
    assertThat(afterOne[0]).isBetween(1f, 3f);
    assertThat(afterOne[1]).isBetween(-3f, -1f);
    float[] saved = out.weights().get(CENTRE.parameterName()).values();
    assertThat(out.weights().get(CENTRE.parameterName()).shape()).containsExactly(1, 2);
    assertThat(saved).isNotEqualTo(afterOne);
  }

  @Test
  void aFixedVariableKeepsTheAssignedValueWhileTheNetworkTrainsTowardsIt() throws Exception {
    Dataset d = Fixtures.twoClasses(100, SHAPE, 1);
    FloatMatrix anchor = new FloatMatrix(1, 2, new float[] {3f, -3f});
    List<FloatMatrix> seen = new ArrayList<>();
    EpochHook hook = state -> {
      seen.add(state.variable(FIXED));
      return new HookResult(Map.of(), Map.of(), seen.size() == 1 ? Map.of(FIXED, anchor) : Map.of());
    };
    TrainingPlan plan = base().loss(LossTerm.of("pull-fixed", 1)).variable(FIXED).hook(Optional.of(hook)).build();
    var out = train(plan, Fixtures.noValidation(d), epochs(3), Optional.empty(), false, List.of());
    assertThat(seen).hasSize(3);
    assertThat(seen.get(1).data()).as("the optimizer left it alone").containsExactly(3f, -3f);
    assertThat(seen.get(2).data()).containsExactly(3f, -3f);
    assertThat(out.weights().get(FIXED.parameterName()).values()).containsExactly(3f, -3f);
    // the same loss on a trained variable moves it (aHookAssignsTheVariableWhichIsThenTrainedAndSaved)
    assertThat(FIXED.toString()).isEqualTo("anchor [1x2, fixed]");
    assertThatThrownBy(() -> train(base().loss(LossTerm.of("pull-fixed", 1)).variable(new VariableKey("anchor", 1, 2)).build(),
        Fixtures.noValidation(d), epochs(1), Optional.empty(), false, List.of()))
        .as("a trained key of the same name is another variable").isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("uses the variable anchor [1x2, fixed]");
  }

  @Test
  void checkpointsKeepTheVariableAndAResumedRunContinuesFromIt(@TempDir Path dir) throws Exception {
    Dataset d = Fixtures.twoClasses(100, SHAPE, 1);
    FloatMatrix start = new FloatMatrix(1, 2, new float[] {3f, -3f});
    var store = Optional.of(new CheckpointStore(dir));
    var full = train(withCentre(Optional.of(new AssigningHook(start))), Fixtures.noValidation(d), epochs(2), Optional.empty(), false,
        List.of());
    train(withCentre(Optional.of(new AssigningHook(start))), Fixtures.noValidation(d), epochs(1), store, false, List.of());
    AssigningHook resumedHook = new AssigningHook(new FloatMatrix(1, 2, new float[] {100f, 100f}));
    resumedHook.seen.add(start); // as if it had refreshed once already: it must not assign again
    var resumed = train(withCentre(Optional.of(resumedHook)), Fixtures.noValidation(d), epochs(2), store, true, List.of());
    assertThat(resumed.weights().get(CENTRE.parameterName()).values()).containsExactly(full.weights().get(CENTRE.parameterName()).values());
  }

  @Test
  void aWarmStartWithoutTheVariableNeedsAHookThatAssignsIt() throws Exception {
    Dataset d = Fixtures.twoClasses(100, SHAPE, 2);
    var ae = train(base().build(), Fixtures.noValidation(d), epochs(1), Optional.empty(), false, List.of());
    assertThat(ae.weights().arrays()).doesNotContainKey(CENTRE.parameterName());

    AssigningHook hook = new AssigningHook(new FloatMatrix(1, 2, new float[] {1f, 2f}));
    var warm = train(withCentre(Optional.of(hook)), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        Optional.of(ae.weights()), List.of());
    assertThat(warm.weights().arrays()).containsKey(CENTRE.parameterName());

    EpochHook silent = state -> new HookResult(Map.of(), Map.of(), Map.of());
    assertThatThrownBy(() -> train(withCentre(Optional.of(silent)), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        Optional.of(ae.weights()), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no values for the plan variable(s) [centre [1x2]]").hasMessageContaining("no epoch hook");
    assertThatThrownBy(() -> train(withCentre(Optional.empty()), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        Optional.of(ae.weights()), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("centre [1x2]");
  }

  @Test
  void aWarmStartFromARunWithTheVariableKeepsItsValue() throws Exception {
    Dataset d = Fixtures.twoClasses(100, SHAPE, 2);
    var first = train(withCentre(Optional.of(new AssigningHook(new FloatMatrix(1, 2, new float[] {1f, 2f})))),
        Fixtures.noValidation(d), epochs(1), Optional.empty(), false, List.of());
    List<FloatMatrix> seen = new ArrayList<>();
    EpochHook recording = state -> {
      seen.add(state.variable(CENTRE));
      return new HookResult(Map.of(), Map.of(), Map.of());
    };
    train(withCentre(Optional.of(recording)), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        Optional.of(first.weights()), List.of());
    assertThat(seen.get(0).data()).containsExactly(first.weights().get(CENTRE.parameterName()).values());
  }

  @Test
  void mistakesAreNamed() {
    Dataset d = Fixtures.twoClasses(40, SHAPE, 3);
    TrainingPlan undeclared = base().loss(LossTerm.of("pull", 1)).build();
    assertThatThrownBy(() -> train(undeclared, Fixtures.noValidation(d), epochs(1), Optional.empty(), false, List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("uses the variable centre [1x2]").hasMessageContaining("declares no variables");
    EpochHook wrongShape = state -> new HookResult(Map.of(), Map.of(), Map.of(CENTRE, FloatMatrix.zeros(2, 2)));
    assertThatThrownBy(() -> train(withCentre(Optional.of(wrongShape)), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        List.of())).hasMessageContaining("assigns a 2x2 matrix to the variable centre [1x2]");
    VariableKey other = new VariableKey("other", 1, 2);
    EpochHook unknown = state -> new HookResult(Map.of(), Map.of(), Map.of(other, FloatMatrix.zeros(1, 2)));
    assertThatThrownBy(() -> train(withCentre(Optional.of(unknown)), Fixtures.noValidation(d), epochs(1), Optional.empty(), false,
        List.of())).hasMessageContaining("which the plan does not declare");
    assertThatThrownBy(() -> base().variable(CENTRE).variable(new VariableKey("centre", 3, 3)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share a name");
  }
}
