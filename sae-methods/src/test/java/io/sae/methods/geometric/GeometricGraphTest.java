package io.sae.methods.geometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.model.TransformSpec;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** The geometric loss and the polar transform as graph ops, against host arithmetic. */
class GeometricGraphTest {

  @Test
  void geometricLossIsEquation8() {
    // centres (0,0) r=1 and (3,0) r=0.5; samples: class 0 at distance 0.5 (inside: 0), class 0 at distance 2
    // (e^1 - 1), class 1 at distance 1.5 (e^1 - 1), an unlabelled sample far away (masked out)
    float[][] z = {{0.3f, 0.4f}, {0f, 2f}, {3f, 1.5f}, {50f, 50f}};
    float[][] oneHot = {{1, 0}, {1, 0}, {0, 1}, {0, 0}};
    float[] mask = {1, 1, 1, 0};
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> loss = GeometricLoss.value(tf, tf.constant(z), tf.constant(oneHot), tf.constant(mask),
          tf.constant(new float[][] {{0, 0}, {3, 0}}), tf.constant(new float[][] {{1f, 0.5f}}));
      try (TFloat32 v = (TFloat32) s.runner().fetch(loss).run().get(0)) {
        assertThat(v.getFloat()).isCloseTo((float) (2 * (Math.E - 1)), within(1e-5f));
      }
    }
  }

  @Test
  void geometricLossGradientPullsTowardTheCentre() {
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      var z = tf.placeholder(TFloat32.class);
      Operand<TFloat32> loss = GeometricLoss.value(tf, z, tf.constant(new float[][] {{1}}), tf.constant(new float[] {1}),
          tf.constant(new float[][] {{0, 0}}), tf.constant(new float[][] {{1f}}));
      Output<?>[] grad = g.addGradients(loss.asOutput(), new Output<?>[] {z.asOutput()});
      // at (2, 0): d/dz (e^(|z| - 1) - 1) = e^1 * z / |z| = (e, 0)
      try (TFloat32 in = TFloat32.tensorOf(org.tensorflow.ndarray.StdArrays.ndCopyOf(new float[][] {{2f, 0f}}));
          TFloat32 gz = (TFloat32) s.runner().feed(z, in).fetch(grad[0]).run().get(0)) {
        assertThat(gz.getFloat(0, 0)).isCloseTo((float) Math.E, within(1e-5f));
        assertThat(gz.getFloat(0, 1)).isCloseTo(0f, within(1e-6f));
      }
    }
  }

  @Test
  void polarTransformLeavesNoPointInAProhibitedSectorAndMatchesEquations4To7() {
    PolarSectors sectors = PolarSectors.ofDegrees(6, 10, Double.NaN); // the paper's example
    assertThat(Math.toDegrees(sectors.rotation())).isCloseTo(30, within(1e-9));
    int n = 3600;
    float[][] z = new float[n][];
    Random r = new Random(7);
    for (int i = 0; i < n; i++) {
      // every tenth of a degree, offset by 0.05 so no angle sits exactly on a sector edge (float vs double there)
      double a = Math.toRadians(i / 10.0 + 0.05) - Math.PI;
      double rad = 0.1 + 3 * r.nextDouble();
      z[i] = new float[] {(float) (rad * Math.cos(a)), (float) (rad * Math.sin(a))};
    }
    int inGapBefore = 0;
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> out = new PolarTransform().apply(tf, tf.constant(z), new TransformSpec("polar", sectors.params()), 2, null);
      try (TFloat32 v = (TFloat32) s.runner().fetch(out).run().get(0)) {
        for (int i = 0; i < n; i++) {
          double x = z[i][0];
          double y = z[i][1];
          double ox = v.getFloat(i, 0);
          double oy = v.getFloat(i, 1);
          assertThat(sectors.prohibited(ox, oy)).as("point %d", i).isFalse();
          // Eqs. 4-7 on the host: same radius, angle + 30 degrees in a gap, unchanged elsewhere
          double rad = Math.hypot(x, y);
          double phi = Math.atan2(y, x) + (sectors.prohibited(x, y) ? sectors.rotation() : 0);
          inGapBefore += sectors.prohibited(x, y) ? 1 : 0;
          assertThat(ox).isCloseTo(rad * Math.cos(phi), within(1e-5));
          assertThat(oy).isCloseTo(rad * Math.sin(phi), within(1e-5));
        }
      }
    }
    // a sixth of the angles fall in a gap before the transform (10 of every 60 degrees)
    assertThat(inGapBefore).isBetween(590, 610);
  }

  @Test
  void polarSectorsAreValidated() {
    assertThatThrownBy(() -> PolarSectors.ofDegrees(6, 40, Double.NaN)).hasMessageContaining("less than half a slot");
    assertThatThrownBy(() -> PolarSectors.ofDegrees(6, 10, 5)).hasMessageContaining("[gap, sector]");
    assertThatThrownBy(() -> PolarSectors.ofDegrees(6, 10, 55)).hasMessageContaining("[gap, sector]");
    PolarSectors five = PolarSectors.ofDegrees(5, 12, Double.NaN);
    assertThat(Math.toDegrees(five.sector())).isCloseTo(60, within(1e-9));
    assertThat(five.slotOf(-1, -0.01)).isEqualTo(2); // 180.6 degrees: third slot of 72
    assertThat(five.prohibited(Math.cos(Math.toRadians(65)), Math.sin(Math.toRadians(65)))).isTrue();
    assertThat(five.prohibited(Math.cos(Math.toRadians(59)), Math.sin(Math.toRadians(59)))).isFalse();
    assertThat(five.prohibited(0, 0)).isFalse();
  }
}
