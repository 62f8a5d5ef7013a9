package io.sae.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import io.sae.api.InvalidInputException;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
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

  static final class Registers extends AbstractModule implements SaePlugin {
    @Override
    protected void configure() {
      Registries.methods(binder()).addBinding("dummy").to(Dummy.class);
    }

    @Override
    public String pluginName() {
      return "registers-dummy";
    }
  }

  /** Another method under the same name. */
  static final class Clashes extends AbstractModule implements SaePlugin {
    @Override
    protected void configure() {
      Registries.methods(binder()).addBinding("dummy").toInstance(new Dummy());
    }
  }

  static final class Fails extends AbstractModule implements SaePlugin {
    @Override
    protected void configure() {
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
    var injector = PluginLoader.injector(NONE, List.of(new Registers()));
    assertThat(injector.getInstance(Key.get(Registries.METHODS))).containsOnlyKeys("dummy");
  }

  @Test
  void aPluginFailingInConfigureIsNamed() {
    assertThatThrownBy(() -> PluginLoader.injector(NONE, List.of(new Registers(), new Fails())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("plugin fails failed to register").hasMessageContaining("missing setting");
  }

  @Test
  void twoPluginsRegisteringOneNameAreRefused() {
    assertThatThrownBy(() -> PluginLoader.injector(NONE, List.of(new Registers(), new Clashes())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("could not be registered together").hasMessageContaining("dummy");
  }
}
