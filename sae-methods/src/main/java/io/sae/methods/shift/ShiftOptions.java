package io.sae.methods.shift;

import io.sae.api.InvalidInputException;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.OptionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the shifting autoencoders, as declared to {@code sae methods}.
 *
 * @param alpha attraction share of Eq. 7 (0: none)
 * @param beta repulsion share of Eq. 11 (0: none; unused by variants without repulsion)
 * @param neighbours n, same-group neighbours per sample (ccae-3/4)
 * @param rivals r, other-group neighbours per sample (ccae-4)
 * @param stages T, training stages; stage 0 trains a plain autoencoder and each later stage first shifts
 * @param stageEpochs E, epochs per shifting stage (and of stage 0 unless {@code firstStageEpochs} is set)
 * @param firstStageEpochs E0, epochs of stage 0, the plain autoencoder that Algorithm 1 trains "to convergence"
 *     before the first shift; 0 means E
 * @param clusters k of k-means (ccae); 0 means the number of classes of the data
 * @param kmeansIterations most Lloyd iterations per stage
 * @param rivalCentre {@code nearest} (the other group whose latent centre is nearest to the sample) or
 *     {@code others} (all other groups together, Eqs. 12 and 15 as printed)
 */
public record ShiftOptions(
    double alpha, double beta, int neighbours, int rivals, int stages, int stageEpochs, int firstStageEpochs, int clusters, int kmeansIterations,
    String rivalCentre) {

  static final String ALPHA = "alpha";
  static final String BETA = "beta";
  static final String NEIGHBOURS = "neighbours";
  static final String RIVALS = "rivals";
  static final String STAGES = "stages";
  static final String STAGE_EPOCHS = "stage-epochs";
  static final String FIRST_STAGE_EPOCHS = "first-stage-epochs";
  static final String CLUSTERS = "clusters";
  static final String KMEANS_ITERATIONS = "kmeans-iterations";
  static final String RIVAL_CENTRE = "rival-centre";

  public ShiftOptions {
    if (!rivalCentre.equals("nearest") && !rivalCentre.equals("others")) {
      throw new InvalidInputException("option " + RIVAL_CENTRE + " must be nearest or others, got '" + rivalCentre + "'");
    }
  }

  /** Epochs of stage 0: E0, or E when E0 is not set. */
  public int firstEpochs() {
    return firstStageEpochs > 0 ? firstStageEpochs : stageEpochs;
  }

  /** The first epoch (0-based) of stage {@code s}: 0, E0, E0 + E, ...; {@code stageStart(T)} ends the schedule. */
  public int stageStart(int s) {
    return s == 0 ? 0 : firstEpochs() + (s - 1) * stageEpochs;
  }

  /** The stage that epoch {@code epoch} (0-based) belongs to; epochs past the schedule stay in the last stage. */
  public int stageAt(int epoch) {
    return epoch < firstEpochs() ? 0 : Math.min(1 + (epoch - firstEpochs()) / stageEpochs, stages - 1);
  }

  /** Total epochs of the schedule, E0 + (T - 1) E: what {@code --epochs} should be. */
  public int totalEpochs() {
    return stageStart(stages);
  }

  /** The option specs of {@code variant} (only those it uses). */
  static List<OptionSpec> specs(ShiftVariant variant) {
    List<OptionSpec> out = new ArrayList<>();
    out.add(OptionSpec.ofDouble(ALPHA, 0.1, 0, 1, "share of the way a target moves towards its " + (variant.attract() == ShiftVariant.Attract.CENTRE ? "group centre" : "neighbours' mean") + " per stage (Eq. 7)"));
    if (variant.repel() != ShiftVariant.Repel.NONE) {
      out.add(OptionSpec.ofDouble(BETA, 0.1, 0, 1, "share of the distance to the " + (variant.repel() == ShiftVariant.Repel.CENTRE ? "rival centre" : "rivals' mean") + " a target moves away per stage (Eq. 11)"));
    }
    if (variant.attract() == ShiftVariant.Attract.NEIGHBOURS) {
      out.add(OptionSpec.ofInt(NEIGHBOURS, 10, 1, 10_000, "n: same-cluster neighbours (latent space) a target moves towards"));
    }
    if (variant.repel() == ShiftVariant.Repel.NEIGHBOURS) {
      out.add(OptionSpec.ofInt(RIVALS, 10, 1, 10_000, "r: nearest other-cluster samples (latent space) a target moves away from"));
    }
    if (variant.repel() == ShiftVariant.Repel.CENTRE) {
      out.add(OptionSpec.ofString(RIVAL_CENTRE, "nearest",
          "rival centre: nearest (the other group whose latent centre is nearest the sample, as in Section 5) or others (all other groups, Eq. " + (variant.supervised() ? "15" : "12") + ")"));
    }
    out.add(OptionSpec.ofInt(STAGES, 5, 1, 1000, "T: training stages; stage 0 is a plain autoencoder, each later one starts with a shift (run --epochs E0+(T-1)*E)"));
    out.add(OptionSpec.ofInt(STAGE_EPOCHS, 10, 1, 100_000, "E: epochs per stage"));
    out.add(OptionSpec.ofInt(FIRST_STAGE_EPOCHS, 0, 0, 100_000, "E0: epochs of stage 0, the plain autoencoder trained before the first shift (0: E)"));
    if (!variant.supervised()) {
      out.add(OptionSpec.ofInt(CLUSTERS, 0, 0, 100_000, "k of k-means on the latents (0: the number of classes)"));
      out.add(OptionSpec.ofInt(KMEANS_ITERATIONS, 300, 1, 100_000, "most Lloyd iterations of each stage's k-means"));
    }
    out.add(OptionSpec.ofDouble("svm-c", 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
    return out;
  }

  /** Reads the options of {@code variant}; those it does not declare take neutral values. */
  static ShiftOptions read(ShiftVariant variant, MethodOptions o) {
    boolean repel = variant.repel() != ShiftVariant.Repel.NONE;
    return new ShiftOptions(
        o.getDouble(ALPHA),
        repel ? o.getDouble(BETA) : 0,
        variant.attract() == ShiftVariant.Attract.NEIGHBOURS ? o.getInt(NEIGHBOURS) : 0,
        variant.repel() == ShiftVariant.Repel.NEIGHBOURS ? o.getInt(RIVALS) : 0,
        o.getInt(STAGES),
        o.getInt(STAGE_EPOCHS),
        o.getInt(FIRST_STAGE_EPOCHS),
        variant.supervised() ? 0 : o.getInt(CLUSTERS),
        variant.supervised() ? 1 : o.getInt(KMEANS_ITERATIONS),
        variant.repel() == ShiftVariant.Repel.CENTRE ? o.getString(RIVAL_CENTRE) : "nearest");
  }
}
