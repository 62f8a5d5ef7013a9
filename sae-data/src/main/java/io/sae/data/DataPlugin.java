package io.sae.data;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;
import io.sae.data.builtin.FashionMnistSource;
import io.sae.data.builtin.MnistSource;
import io.sae.data.builtin.SyntheticSource;

/** Registers the built-in datasets ({@code mnist}, {@code fashion-mnist}, {@code synthetic}) and groupings. */
public final class DataPlugin extends AbstractModule implements SaePlugin {

  @Override
  protected void configure() {
    MapBinder<String, DatasetSource> datasets = Registries.datasets(binder());
    for (DatasetSource s : new DatasetSource[] {new MnistSource(), new FashionMnistSource(), new SyntheticSource()}) {
      datasets.addBinding(s.name()).toInstance(s);
    }
    MapBinder<String, Grouping> groupings = Registries.groupings(binder());
    for (Grouping g : BuiltinGroupings.all()) {
      groupings.addBinding(g.name()).toInstance(g);
    }
  }

  @Override
  public String pluginName() {
    return "sae-data";
  }
}
