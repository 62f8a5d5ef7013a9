package com.example.consumer;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.IdxReader;
import io.sae.data.io.NpyWriter;
import java.nio.file.Path;

/** Writes the first N MNIST test images as a float32 .npy matrix, the input the embedding example reads. */
public final class WriteSamples {
  private WriteSamples() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: WriteSamples T10K-IMAGES-IDX3-UBYTE N OUT.npy");
      System.exit(2);
    }
    FloatMatrix x = IdxReader.readImages(Path.of(args[0])).matrix();
    NpyWriter.writeMatrix(Path.of(args[2]), x.rowRange(0, Integer.parseInt(args[1])));
  }
}
