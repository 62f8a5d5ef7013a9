package io.sae.runtime.run;

import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.runtime.SaeRuntime;
import io.sae.tf.model.TfModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A completed run opened for use: its config, the plan rebuilt from the config, and the model with the kept
 * weights. Close it to free the native session.
 */
public record OpenRun(RunDirectory dir, RunConfig config, TrainingPlan plan, TfModel model) implements AutoCloseable {

  /** Re-plans the run's method from its config; the plan is a pure function of it. */
  public static TrainingPlan plan(SaeRuntime services, RunConfig config) {
    return services.method(config.method()).plan(request(services, config));
  }

  /**
   * The planning request recorded in the run's config (also what a method's capabilities, such as
   * {@link io.sae.api.method.ConfiguredLatentSpace}, are asked with).
   */
  public static PlanRequest request(SaeRuntime services, RunConfig config) {
    StructuringMethod method = services.method(config.method());
    MethodOptions options = new MethodOptions(method.name(), method.options(), config.options());
    return new PlanRequest(options, config.facts(), NetworkSpecs.parse(config.architecture()), config.latent(), config.seed());
  }

  /** Opens a completed run: re-plans its method and loads the kept weights. @throws io.sae.api.InvalidInputException when it is no complete run */
  public static OpenRun open(SaeRuntime services, Path path) throws IOException {
    RunDirectory dir = RunDirectory.open(path);
    RunConfig config = dir.requireComplete();
    TrainingPlan plan = plan(services, config);
    ModelInfo info = new ModelInfo(config.method(), plan.architecture(), config.facts().classNames());
    TfModel model = new TfModel(info, dir.readWeights(), services.transforms());
    return new OpenRun(dir, config, plan, model);
  }

  /**
   * The trained values of the plan's {@link io.sae.api.method.VariableKey variables} by name, from the run's weights.
   *
   * @throws io.sae.api.InvalidInputException when the weights lack one
   */
  public java.util.Map<String, io.sae.api.data.FloatMatrix> planVariables() throws IOException {
    if (plan.variables().isEmpty()) {
      return java.util.Map.of();
    }
    io.sae.tf.graph.ParameterSnapshot weights = dir.readWeights();
    java.util.Map<String, io.sae.api.data.FloatMatrix> out = new java.util.TreeMap<>();
    for (io.sae.api.method.VariableKey key : plan.variables()) {
      if (!weights.arrays().containsKey(key.parameterName())) {
        throw new io.sae.api.InvalidInputException(dir.path() + ": the weights have no values for the plan variable " + key);
      }
      out.put(key.name(), new io.sae.api.data.FloatMatrix(key.rows(), key.cols(), weights.get(key.parameterName()).values()));
    }
    return out;
  }

  @Override
  public void close() {
    model.close();
  }
}
