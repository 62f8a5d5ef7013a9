package io.sae.runtime.run;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.method.VariableKey;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.runtime.SaeRuntime;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.model.TfModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A completed run opened for use: its config, the plan rebuilt from the config, the model with the kept weights, and
 * the trained values of the plan's {@link VariableKey variables} from those same weights (by name; empty for plans
 * without any). Close it to free the native session.
 */
public record OpenRun(RunDirectory dir, RunConfig config, TrainingPlan plan, TfModel model, Map<String, FloatMatrix> planVariables)
    implements AutoCloseable {

  public OpenRun {
    planVariables = Map.copyOf(planVariables);
  }

  /** A run opened with {@code weights}, which the model and the plan variables are both taken from. */
  public static OpenRun of(RunDirectory dir, RunConfig config, TrainingPlan plan, ParameterSnapshot weights, SaeRuntime services) {
    ModelInfo info = new ModelInfo(config.method(), plan.architecture(), config.facts().classNames());
    TfModel model;
    try {
      model = new TfModel(info, weights, services.transforms());
    } catch (IllegalArgumentException e) {
      // a weights file of another model, or one whose names or shapes are damaged
      throw new InvalidInputException(dir.path() + ": the weights do not fit the run's architecture: " + e.getMessage(), e);
    }
    return new OpenRun(dir, config, plan, model, planVariables(dir, plan, weights));
  }

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
    return of(dir, config, plan(services, config), dir.readWeights(), services);
  }

  /** @throws io.sae.api.InvalidInputException when the weights lack one of the plan's variables */
  private static Map<String, FloatMatrix> planVariables(RunDirectory dir, TrainingPlan plan, ParameterSnapshot weights) {
    Map<String, FloatMatrix> out = new TreeMap<>();
    for (VariableKey key : plan.variables()) {
      if (!weights.arrays().containsKey(key.parameterName())) {
        throw new InvalidInputException(dir.path() + ": the weights have no values for the plan variable " + key);
      }
      out.put(key.name(), new FloatMatrix(key.rows(), key.cols(), weights.get(key.parameterName()).values()));
    }
    return out;
  }

  @Override
  public void close() {
    model.close();
  }
}
