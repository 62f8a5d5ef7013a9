package io.sae.methods.geometric;

import io.sae.api.InvalidInputException;
import java.util.Map;

/**
 * The sector layout of paper 003's encoder configuration (Section 3.2, Eqs. 4-7): the plane of a 2-D latent is
 * cut into {@code classes} slots of 2 pi / classes; the first {@code slot - gap} radians of each slot are the
 * class sector, the last {@code gap} radians are prohibited. A point whose angle falls in a prohibited part is
 * rotated by {@code rotation}, which must carry every prohibited angle into an allowed sector.
 *
 * <p>The paper's example (6 classes, 50 degree sectors, 10 degree gaps, 30 degree extra rotation) is
 * {@code new PolarSectors(6, 10 deg, 30 deg)}. Its printed Eq. 6 tests {@code (phi mod pi/3) mod 2pi/9 > pi/18},
 * which rotates angles in (10, 40) and (50, 60) degrees of each slot and so does not match the text; we follow
 * the text (gap = the last 10 degrees of each 60-degree slot).
 *
 * @param classes number of slots
 * @param gap prohibited width at the end of each slot, radians
 * @param rotation extra rotation for points in a prohibited part, radians
 */
public record PolarSectors(int classes, double gap, double rotation) {
  /** Transform parameter names, as recorded in the run's architecture. */
  public static final String CLASSES = "classes";
  public static final String GAP = "gap";
  public static final String ROTATION = "rotation";

  public PolarSectors {
    if (classes < 2) {
      throw new InvalidInputException("polar sectors need at least 2 classes, got " + classes);
    }
    double slot = 2 * Math.PI / classes;
    if (!(gap > 0) || gap >= slot / 2) {
      throw new InvalidInputException("polar: the prohibited gap must be > 0 and less than half a slot (" + Math.toDegrees(slot / 2)
          + " degrees for " + classes + " classes), got " + Math.toDegrees(gap) + " degrees");
    }
    // prohibited angles [w, slot) go to [w + rotation - slot, rotation) mod slot: inside [0, w) iff these hold
    double w = slot - gap;
    if (rotation < gap - 1e-12 || rotation > w + 1e-12) {
      throw new InvalidInputException("polar: the extra rotation must lie in [gap, sector] = [" + Math.toDegrees(gap) + ", "
          + Math.toDegrees(w) + "] degrees so that rotated points land in an allowed sector, got " + Math.toDegrees(rotation));
    }
  }

  /** From degrees; {@code rotationDegrees} NaN means half a slot (the paper's 30 degrees for 6 classes). */
  public static PolarSectors ofDegrees(int classes, double gapDegrees, double rotationDegrees) {
    double rot = Double.isNaN(rotationDegrees) ? 180.0 / classes : rotationDegrees;
    return new PolarSectors(classes, Math.toRadians(gapDegrees), Math.toRadians(rot));
  }

  public static PolarSectors fromParams(Map<String, String> params) {
    try {
      return new PolarSectors(Integer.parseInt(params.get(CLASSES)), Double.parseDouble(params.get(GAP)),
          Double.parseDouble(params.get(ROTATION)));
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      throw new InvalidInputException("polar transform needs numeric parameters classes, gap, rotation; got " + params);
    }
  }

  public Map<String, String> params() {
    return Map.of(CLASSES, Integer.toString(classes), GAP, Double.toString(gap), ROTATION, Double.toString(rotation));
  }

  public double slot() {
    return 2 * Math.PI / classes;
  }

  /** Width of each class sector, radians. */
  public double sector() {
    return slot() - gap;
  }

  /** The angle of (x, y) within its slot, in [0, slot). */
  public double angleInSlot(double x, double y) {
    double phi = Math.atan2(y, x);
    double m = phi % slot();
    return m < 0 ? m + slot() : m;
  }

  /**
   * Whether (x, y) lies strictly inside a prohibited part (the origin does not). The graph computes angles in
   * float, so a point within {@link #EDGE} radians of a gap's edges counts as on the edge, i.e. allowed.
   */
  public boolean prohibited(double x, double y) {
    if (x == 0 && y == 0) {
      return false;
    }
    double a = angleInSlot(x, y);
    return a > sector() + EDGE && a < slot() - EDGE;
  }

  /** Float rounding allowance at sector edges, radians (about 0.0003 degrees). */
  public static final double EDGE = 5e-6;

  /** The slot (class sector index) of (x, y). */
  public int slotOf(double x, double y) {
    double phi = Math.atan2(y, x);
    if (phi < 0) {
      phi += 2 * Math.PI;
    }
    return Math.min(classes - 1, (int) Math.floor(phi / slot()));
  }
}
