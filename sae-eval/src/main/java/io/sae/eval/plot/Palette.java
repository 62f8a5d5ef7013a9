package io.sae.eval.plot;

import java.awt.Color;

/** Distinct class colours: the ten "tab10" colours, then evenly spread hues. */
final class Palette {
  private static final int[] TAB10 = {
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf
  };

  /** Colour of unlabelled points. */
  static final Color UNLABELLED = new Color(0xb0b0b0);

  private Palette() {}

  static Color of(int index) {
    if (index < TAB10.length) {
      return new Color(TAB10[index]);
    }
    float hue = (float) ((index * 0.6180339887498949) % 1.0);
    return Color.getHSBColor(hue, 0.75f, 0.85f);
  }
}
