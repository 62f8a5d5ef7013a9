package io.sae.methods.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.method.DataFacts;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.HeadSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.SaePlugin;
import java.util.ServiceLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineMethodsTest {
  private static final DataFacts MNIST_ABC =
      new DataFacts("mnist/mnist-abc", new int[] {28, 28, 1}, List.of("A", "B", "C"), 60000, new int[] {1500, 1800, 2100}, 600);

  private static TrainingPlan plan(StructuringMethod m, Map<String, String> options, DataFacts facts) {
    return m.plan(new PlanRequest(new MethodOptions(m.name(), m.options(), options), facts, NetworkSpecs.parse("conv"), 10, 1));
  }

  @Test
  void pluginIsFoundThroughServiceLoaderAndRegistersBothMethods() {
    assertThat(ServiceLoader.load(SaePlugin.class).stream().map(ServiceLoader.Provider::get)).anyMatch(p -> p instanceof BaselinePlugin);
    var methods = ExtensionSet.of(ServiceLoader.load(SaePlugin.class).stream().map(ServiceLoader.Provider::get).toList()).get(ExtensionPoint.METHODS);
    assertThat(methods).containsKeys("ae", "classifier");
    assertThat(methods.get("ae")).isInstanceOf(AutoencoderMethod.class);
  }

  @Test
  void twoPluginsBindingOneNameFailAtStartUp() {
    SaePlugin other = extensions -> extensions.method("ae", new ClassifierMethod());
    assertThatThrownBy(() -> ExtensionSet.of(new BaselinePlugin(), other)).hasMessageContaining("method 'ae' is registered twice")
        .hasMessageContaining("by " + new BaselinePlugin().pluginName() + " and by ");
  }

  @Test
  void autoencoderPlansReconstructionOnlyWithLinearSvmReadout() {
    TrainingPlan p = plan(new AutoencoderMethod(), Map.of(), MNIST_ABC);
    assertThat(p.architecture().decoder()).isTrue();
    assertThat(p.architecture().heads()).isEmpty();
    assertThat(p.losses()).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(LossKinds.RECONSTRUCTION_MSE);
      assertThat(t.weight()).isEqualTo(1.0);
    });
    assertThat(p.labeledOnly()).isFalse();
    assertThat(p.selection().isLast()).isTrue();
    assertThat(p.latentClassifier()).isEqualTo(ReadoutSpec.linearSvm(1.0));
    assertThat(plan(new AutoencoderMethod(), Map.of("loss", "bce"), MNIST_ABC).losses().getFirst().kind())
        .isEqualTo(LossKinds.RECONSTRUCTION_BCE);
  }

  @Test
  void classifierPlansEncoderPlusSoftmaxOnLabelledSamplesAndKeepsBestValidationEpoch() {
    TrainingPlan p = plan(new ClassifierMethod(), Map.of(), MNIST_ABC);
    assertThat(p.architecture().decoder()).isFalse();
    assertThat(p.architecture().heads()).containsExactly(new HeadSpec.Classifier(3, List.of()));
    assertThat(p.losses()).singleElement().extracting(t -> t.kind()).isEqualTo(LossKinds.SOFTMAX_CROSS_ENTROPY);
    assertThat(p.labeledOnly()).isTrue();
    assertThat(p.selection().metric()).isEqualTo("val_accuracy");
    assertThat(p.selection().maximize()).isTrue();
    assertThat(p.latentClassifier()).isEqualTo(ReadoutSpec.softmaxHead());

    DataFacts noValidation = new DataFacts("x", new int[] {4}, List.of("a", "b"), 10, new int[] {5, 5}, 0);
    assertThat(plan(new ClassifierMethod(), Map.of("hidden", "64, 32"), noValidation).selection().isLast()).isTrue();
    assertThat(plan(new ClassifierMethod(), Map.of("hidden", "64, 32"), noValidation).architecture().heads())
        .containsExactly(new HeadSpec.Classifier(2, List.of(64, 32)));
  }

  @Test
  void badOptionsAreRejectedByName() {
    assertThatThrownBy(() -> plan(new AutoencoderMethod(), Map.of("loss", "l1"), MNIST_ABC))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("mse or bce");
    assertThatThrownBy(() -> plan(new ClassifierMethod(), Map.of("hidden", "64,-1"), MNIST_ABC))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("hidden");
    assertThatThrownBy(() -> plan(new AutoencoderMethod(), Map.of("svm-c", "0"), MNIST_ABC))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("svm-c").hasMessageContaining("[");
  }
}
