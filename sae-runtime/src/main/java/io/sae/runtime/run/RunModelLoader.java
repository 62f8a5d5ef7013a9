package io.sae.runtime.run;

import io.sae.api.InvalidInputException;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.ModelLoader;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.model.SaeModel;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.runtime.plugin.PluginLoader;
import io.sae.runtime.plugin.Registries;
import io.sae.tf.TfExtensions;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.model.TfModel;
import io.sae.tf.readout.Readouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link ModelLoader} of run folders written by {@code sae train}: plans the run's method again from
 * {@code config.json} (read by {@link RunDirectory}, the one reader of run folders) (methods come from the plugins {@link java.util.ServiceLoader} finds), and loads
 * {@code model/weights.bin} into a {@link TfModel}. The model classifies when a readout graph registered under the
 * method's readout kind needs no fitting (a softmax head, configured centres, the argmax of the first K dimensions,
 * a plugin's readout of trained variables); only graphs are needed here, no host fitter. A linear SVM is fitted on
 * training data, which a run folder does not hold: {@code sae export} fits it and writes it into the SavedModel.
 */
public final class RunModelLoader implements ModelLoader {
  @Override
  public String format() {
    return "run folder";
  }

  @Override
  public boolean accepts(Path path) {
    return Files.isRegularFile(path.resolve("config.json"));
  }

  @Override
  public SaeModel load(Path path, ClassLoader classLoader) throws IOException {
    RunConfig recipe = RunDirectory.open(path).requireComplete();
    if (recipe.method() == null || recipe.facts() == null || recipe.architecture() == null || recipe.options() == null || recipe.latent() < 1) {
      throw new InvalidInputException(path.resolve("config.json") + " lacks method, options, facts, architecture or latent");
    }
    Registries registries = PluginLoader.registries(classLoader);
    Map<String, StructuringMethod> methods = registries.get(ExtensionPoint.METHODS);
    StructuringMethod method = methods.get(recipe.method());
    if (method == null) {
      throw new InvalidInputException("run " + path + " was trained with method '" + recipe.method()
          + "', which no plugin on the classpath registers (registered: " + String.join(", ", new TreeSet<>(methods.keySet())) + ")");
    }
    MethodOptions options = new MethodOptions(method.name(), method.options(), recipe.options());
    TrainingPlan plan = method.plan(new PlanRequest(options, recipe.facts(), NetworkSpecs.parse(recipe.architecture()), recipe.latent(), recipe.seed()));
    ModelInfo info = new ModelInfo(recipe.method(), plan.architecture(), recipe.facts().classNames());
    ParameterSnapshot weights = ParameterSnapshot.read(path.resolve("model").resolve("weights.bin"));
    try {
      return new TfModel(info, weights, registries.get(TfExtensions.TRANSFORMS),
          Readouts.unfitted(registries.get(TfExtensions.READOUT_GRAPHS), plan.latentClassifier(), plan.architecture()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path.resolve("model/weights.bin") + " does not fit the run's architecture: " + e.getMessage(), e);
    }
  }
}
