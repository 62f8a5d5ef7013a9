package io.sae.lab.experiment.nousi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NousiClassifyTableTest {
  @Test
  void rowsByClassifierInPercentWithSampleStd() {
    Map<String, Map<String, double[]>> acc = new LinkedHashMap<>();
    acc.put("ae", new LinkedHashMap<>(Map.of("kNN (k=5)", new double[] {0.80, 0.90})));
    acc.put("pixels", new LinkedHashMap<>(Map.of("kNN (k=5)", new double[] {0.85, 0.85})));
    String md = NousiClassifyTable.markdown(acc, "sae experiment nousi-classify", 2);
    // 80 and 90: mean 85, sample std sqrt(50) = 7.07
    assertThat(md).contains("| row | kNN (k=5) |\n|---|---|\n").contains("| ae | 85.00 ± 7.07 |").contains("| pixels | 85.00 ± 0.00 |");
  }
}
