package io.sae.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration errors name the plugin that caused them; names must be unique across plugins. */
class PluginLoaderTest {

  static final class Dummy implements StructuringMethod {
    @Override
    public String name() {
      return "dummy";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public boolean needsLabels() {
      return false;
    }

    @Override
    public List<OptionSpec> options() {
      return List.of();
    }

    @Override
    public TrainingPlan plan(PlanRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  static final class Registers implements SaePlugin {
    @Override
    public void register(Extensions extensions) {
      extensions.method("dummy", new Dummy());
    }

    @Override
    public String pluginName() {
      return "registers-dummy";
    }
  }

  /** Another method under the same name. */
  static final class Clashes implements SaePlugin {
    @Override
    public void register(Extensions extensions) {
      extensions.method("dummy", new Dummy());
    }
  }

  static final class Fails implements SaePlugin {
    @Override
    public void register(Extensions extensions) {
      throw new IllegalStateException("missing setting");
    }

    @Override
    public String pluginName() {
      return "fails";
    }
  }

  private static final PluginPath NONE = PluginPath.none(PluginLoaderTest.class.getClassLoader());

  @Test
  void registersMethodsByName() {
    var registries = PluginLoader.registries(NONE, List.of(new Registers()));
    assertThat(registries.get(ExtensionPoint.METHODS)).containsOnlyKeys("dummy");
    assertThat(registries.get(ExtensionPoint.DATASETS)).isEmpty();
  }

  @Test
  void aPluginFailingInConfigureIsNamed() {
    assertThatThrownBy(() -> PluginLoader.registries(NONE, List.of(new Registers(), new Fails())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("plugin fails failed to register").hasMessageContaining("missing setting");
  }

  @Test
  void twoPluginsRegisteringOneNameAreRefused() {
    assertThatThrownBy(() -> PluginLoader.registries(NONE, List.of(new Registers(), new Clashes())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("could not be registered together")
        .hasMessageContaining("method 'dummy' is registered twice: by registers-dummy and by " + Clashes.class.getName());
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    SaePlugin wrong = extensions -> extensions.add((ExtensionPoint) ExtensionPoint.METHODS, "x", "not a method");
    assertThatThrownBy(() -> PluginLoader.registries(NONE, List.of(wrong)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("method 'x' is not a io.sae.api.method.StructuringMethod");
  }
}
