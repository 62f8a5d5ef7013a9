package io.sae.cli;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Run in a fresh JVM by {@link ExportFreshJvmTest}: loads a SavedModel with TensorFlow's own
 * {@link SavedModelBundle#load} (no sae code involved), prints every signature as one line
 * {@code signature KEY METHOD | in NAME DTYPE SHAPE, ... | out NAME DTYPE SHAPE, ...}, and runs each on
 * {@code x.npy} (inputs named x) or {@code z.npy} (inputs named z), writing {@code KEY.OUTPUT.npy}.
 *
 * <p>Arguments: SAVED_MODEL_DIR X_NPY Z_NPY OUT_DIR
 */
public final class SavedModelProbe {
  private SavedModelProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    FloatMatrix x = NpyReader.read(Path.of(args[1])).matrix();
    FloatMatrix z = NpyReader.read(Path.of(args[2])).matrix();
    Path out = Path.of(args[3]);
    PrintStream print = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (SavedModelBundle bundle = SavedModelBundle.load(dir.toString(), "serve")) {
      for (Signature s : bundle.signatures()) {
        print.println("signature " + s.key() + " " + s.methodName() + " | in " + describe(s.getInputs()) + " | out " + describe(s.getOutputs()));
        String input = s.inputNames().iterator().next();
        FloatMatrix feed = input.equals("z") ? z : x;
        try (TFloat32 t = TFloat32.tensorOf(Shape.of(feed.rows(), feed.cols()), DataBuffers.of(feed.data(), true, false));
            Result r = bundle.function(s.key()).call(Map.of(input, t))) {
          for (String name : s.outputNames()) {
            Tensor value = r.get(name).orElseThrow();
            Path file = out.resolve(s.key() + "." + name + ".npy");
            if (value instanceof TFloat32 f) {
              long[] shape = f.shape().asArray();
              float[] v = new float[Math.toIntExact(f.size())];
              f.copyTo(DataBuffers.of(v, false, false));
              NpyWriter.writeMatrix(file, new FloatMatrix((int) shape[0], (int) (v.length / Math.max(shape[0], 1)), v));
            } else if (value instanceof TInt64 l) {
              long[] v = new long[Math.toIntExact(l.size())];
              l.copyTo(DataBuffers.of(v, false, false));
              int[] ints = new int[v.length];
              for (int i = 0; i < v.length; i++) {
                ints[i] = Math.toIntExact(v[i]);
              }
              NpyWriter.writeLabels(file, ints);
            } else {
              throw new IllegalStateException("unexpected output type " + value.getClass() + " of " + s.key() + "." + name);
            }
          }
        }
      }
    }
  }

  private static String describe(Map<String, Signature.TensorDescription> tensors) {
    return tensors.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue().dataType + " " + e.getValue().shape).collect(Collectors.joining(", "));
  }
}
