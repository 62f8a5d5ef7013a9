package io.sae.lab.experiment.nousi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NousiTableTest {
  @Test
  void reportsTheLastStageAsMeanAndSampleStdWithThePapersValues() {
    Map<String, double[][]> acc = new LinkedHashMap<>();
    Map<String, double[][]> nmi = new LinkedHashMap<>();
    acc.put("No AE", new double[][] {{0.5}, {0.6}});
    nmi.put("No AE", new double[][] {{0.4}, {0.4}});
    // two seeds, two stages: only the second stage counts -> ACC 0.7 and 0.8: mean 0.75, std sqrt(0.005) = 0.0707
    acc.put("ccae-1", new double[][] {{0.1, 0.7}, {0.2, 0.8}});
    nmi.put("ccae-1", new double[][] {{0.1, 0.6}, {0.2, 0.6}});
    acc.put("dae-1", new double[][] {{0.3, 0.3}, {0.3, 0.3}});
    nmi.put("dae-1", new double[][] {{0.3, 0.3}, {0.3, 0.3}});
    String md = NousiTable.markdown(acc, nmi, "sae experiment nousi --seeds 2", 1.25, true);
    assertThat(md).contains("`sae experiment nousi --seeds 2` (1.3 min in this start;").contains("over 2 seed(s)");
    assertThat(md).contains("| No AE | 0.5500 ± 0.0707 | 0.4000 ± 0.0000 | 0.5385 | 0.5050 |");
    assertThat(md).contains("| ccae-1 | 0.7500 ± 0.0707 | 0.6000 ± 0.0000 | 0.7653 | 0.6642 |");
    assertThat(md).contains("| dae-1 | 0.3000 ± 0.0000 | 0.3000 ± 0.0000 | - | - |");
    // other datasets: no paper column values
    assertThat(NousiTable.markdown(acc, nmi, "x", 1, false)).contains("| ccae-1 | 0.7500 ± 0.0707 | 0.6000 ± 0.0000 | - | - |")
        .contains("reports no values for this dataset");
  }

  @Test
  void comparesEachRowWithItsControlSeedBySeed() {
    Map<String, double[][]> acc = new LinkedHashMap<>();
    Map<String, double[][]> nmi = new LinkedHashMap<>();
    acc.put("No AE", new double[][] {{0.5}, {0.5}});
    nmi.put("No AE", new double[][] {{0.4}, {0.4}});
    // control final ACC 0.70, 0.72 (std 0.0141); ccae-1 0.75, 0.75: differences 0.05, 0.03 -> +0.04 ± 0.0141
    acc.put("ae", new double[][] {{0.6, 0.70}, {0.6, 0.72}});
    nmi.put("ae", new double[][] {{0.5, 0.60}, {0.5, 0.60}});
    acc.put("ccae-1", new double[][] {{0.6, 0.75}, {0.6, 0.75}});
    nmi.put("ccae-1", new double[][] {{0.5, 0.62}, {0.5, 0.61}});
    acc.put("ccae-2", new double[][] {{0.6, 0.71}, {0.6, 0.72}}); // +0.005: inside the spread
    nmi.put("ccae-2", new double[][] {{0.5, 0.70}, {0.5, 0.70}});
    String md = NousiTable.versusControl(acc, nmi, "ae");
    assertThat(md).contains("ACC 0.0141, NMI 0.0000");
    assertThat(md).contains("| ccae-1 | +0.0400 ± 0.0141 | +0.0150 ± 0.0071 | yes |");
    assertThat(md).contains("| ccae-2 | +0.0050 ± 0.0071 | +0.1000 ± 0.0000 | no |");
    assertThat(md).doesNotContain("| No AE").doesNotContain("| ae |");
    assertThat(NousiTable.perStage(acc)).contains("| ae | 0.6000 | 0.7100 |").contains("| ccae-1 | 0.6000 | 0.7500 |").doesNotContain("No AE");
  }

  @Test
  void hostWorkIsTheShareOfEachShiftingStage() {
    // stage shares 1/10 and 3/10: mean 20%, max 30%
    String md = NousiTable.hostWork(Map.of("ccae-4", java.util.List.of(new StageHostWork(new double[] {1, 3}, new double[] {10, 10}))), 10);
    assertThat(md).contains("| ccae-4 | 2.00 | 10.0 | 20.0% | 30.0% |");
  }

  @Test
  void silhouetteIsComparedWithTheControlSeedBySeed() {
    Map<String, double[][]> sil = new LinkedHashMap<>();
    sil.put("No AE", new double[][] {{0.05}, {0.07}});
    sil.put("ae", new double[][] {{0.1, 0.20}, {0.1, 0.22}});
    // differences 0.04 and -0.01: +0.015 ± 0.0354, higher in 1 of 2 seeds
    sil.put("ccae-1", new double[][] {{0.1, 0.24}, {0.1, 0.21}});
    String md = NousiTable.silhouette(sil, "ae");
    assertThat(md).contains("| No AE | 0.0600 ± 0.0141 | - | - |");
    assertThat(md).contains("| ae | 0.2100 ± 0.0141 | - | - |");
    assertThat(md).contains("| ccae-1 | 0.2250 ± 0.0212 | +0.0150 ± 0.0354 | 1 of 2 seeds |");
  }
}
