package io.sae.data;

import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.data.builtin.FashionMnistSource;
import io.sae.data.builtin.MnistSource;
import io.sae.data.builtin.SyntheticSource;

/** Registers the built-in datasets ({@code mnist}, {@code fashion-mnist}, {@code synthetic}) and groupings. */
public final class DataPlugin implements SaePlugin {

  @Override
  public void register(Extensions extensions) {
    for (DatasetSource s : new DatasetSource[] {new MnistSource(), new FashionMnistSource(), new SyntheticSource()}) {
      extensions.dataset(s.name(), s);
    }
    for (Grouping g : BuiltinGroupings.all()) {
      extensions.grouping(g.name(), g);
    }
  }

  @Override
  public String pluginName() {
    return "sae-data";
  }
}
