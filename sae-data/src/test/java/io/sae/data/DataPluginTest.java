package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.plugin.PluginLoader;
import io.sae.api.plugin.Registries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPluginTest {
  @Test
  void serviceLoaderFindsThePluginAndItFillsTheRegistries() {
    assertThat(PluginLoader.discover(getClass().getClassLoader())).anyMatch(p -> p instanceof DataPlugin);
    Injector injector = PluginLoader.injector(getClass().getClassLoader());
    Map<String, DatasetSource> datasets = injector.getInstance(Key.get(Registries.DATASETS));
    Map<String, Grouping> groupings = injector.getInstance(Key.get(Registries.GROUPINGS));
    assertThat(datasets).containsOnlyKeys("mnist", "fashion-mnist", "synthetic");
    datasets.forEach((name, source) -> assertThat(source.name()).isEqualTo(name));
    assertThat(datasets.get("synthetic").description()).startsWith("synthetic (not real data)");
    assertThat(groupings).containsOnlyKeys("mnist-abc", "fashion-seasons", "fashion-upper-body");
    assertThat(groupings.get("mnist-abc")).isEqualTo(BuiltinGroupings.MNIST_ABC);
  }
}
