package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.SaePlugin;
import java.util.ServiceLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPluginTest {
  @Test
  void serviceLoaderFindsThePluginAndItFillsTheRegistries() {
    assertThat(ServiceLoader.load(SaePlugin.class).stream().map(ServiceLoader.Provider::get)).anyMatch(p -> p instanceof DataPlugin);
    ExtensionSet injector = ExtensionSet.of(ServiceLoader.load(SaePlugin.class).stream().map(ServiceLoader.Provider::get).toList());
    Map<String, DatasetSource> datasets = injector.get(ExtensionPoint.DATASETS);
    Map<String, Grouping> groupings = injector.get(ExtensionPoint.GROUPINGS);
    assertThat(datasets).containsOnlyKeys("mnist", "fashion-mnist", "synthetic");
    datasets.forEach((name, source) -> assertThat(source.name()).isEqualTo(name));
    assertThat(datasets.get("synthetic").description()).startsWith("synthetic (not real data)");
    assertThat(groupings).containsOnlyKeys("mnist-abc", "fashion-seasons", "fashion-upper-body");
    assertThat(groupings.get("mnist-abc")).isEqualTo(BuiltinGroupings.MNIST_ABC);
  }
}
