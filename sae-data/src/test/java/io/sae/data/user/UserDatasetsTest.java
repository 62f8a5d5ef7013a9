package io.sae.data.user;

import static org.assertj.core.api.Assertions.assertThat;
import static io.sae.data.TestBytes.gzip;
import static io.sae.data.TestBytes.idx;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDatasetsTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private DatasetSplit load(String spec) throws IOException {
    return UserDatasets.load(spec, new DataContext(dir.resolve("cache"), log::add, 3));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void recognisesUserSpecs() {
    assertThat(UserDatasets.isUserSpec("csv:a.csv")).isTrue();
    assertThat(UserDatasets.isUserSpec("images:/data/photos")).isTrue();
    assertThat(UserDatasets.isUserSpec("mnist")).isFalse();
    assertThat(UserDatasets.isUserSpec("hdf5:x.h5")).isFalse();
  }

  @Test
  void csvWithTestPartAndNamedLabels() throws IOException {
    Path train = write("train.csv", "a,b,kind\n1,2,dog\n3,4,cat\n5,6,dog\n");
    Path test = write("test.csv", "a,b,kind\n7,8,ant\n");
    DatasetSplit s = load("csv:" + train + "?test=" + test + "&label=kind");
    assertThat(s.train().classNames()).containsExactly("ant", "cat", "dog"); // classes of both parts, sorted
    assertThat(s.train().labels()).containsExactly(2, 1, 2);
    assertThat(s.test().labels()).containsExactly(0);
    assertThat(s.train().sampleShape()).containsExactly(2);
    assertThat(s.train().features().row(1)).containsExactly(3f, 4f);
    assertThat(s.train().name()).isEqualTo("train.csv");
    assertThat(s.test().name()).isEqualTo("train.csv-test");
  }

  @Test
  void csvWithoutTestPartSplitsOffASeededStratifiedFifth() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append(i).append(';').append(i < 5 ? 0 : 1).append('\n');
    }
    Path f = write("all.csv", b.toString());
    String spec = "csv:" + f + "?label=1&delimiter=semicolon&name=tiny";
    DatasetSplit s = load(spec);
    // 20% of 10 = 2, by class sizes 5 and 5: one test sample per class
    assertThat(s.test().size()).isEqualTo(2);
    assertThat(s.test().classCounts()).containsExactly(1, 1);
    assertThat(s.train().size()).isEqualTo(8);
    assertThat(s.train().classNames()).containsExactly("0", "1");
    assertThat(s.train().name()).isEqualTo("tiny");
    float[] trainValues = s.train().features().data();
    for (int i = 1; i < trainValues.length; i++) {
      assertThat(trainValues[i]).isGreaterThan(trainValues[i - 1]); // original order kept
    }
    assertThat(load(spec).test().features()).isEqualTo(s.test().features()); // same seed, same split
    assertThat(log).anyMatch(l -> l.contains("no test part: using a seeded 20% (2 of 10 samples"));
    assertThat(load("csv:" + f + "?label=1&delimiter=;&test-fraction=0.5").test().size()).isEqualTo(5);
  }

  @Test
  void csvWithoutLabelsIsUnlabelled() throws IOException {
    Path f = write("x.csv", "1,2\n3,4\n5,6\n");
    DatasetSplit s = load("csv:" + f + "?header=false");
    assertThat(s.train().classCount()).isZero();
    assertThat(s.train().labeledCount()).isZero();
    assertThat(s.train().size() + s.test().size()).isEqualTo(3);
  }

  @Test
  void npyWithLabelsAndTestPart() throws IOException {
    // uint8 images (2, 2, 2), hand-built, so pixels are scaled to [0, 1] and get a channel axis
    Path x = Files.write(dir.resolve("x.npy"), npy("|u1", "(2, 2, 2)", new byte[] {0, (byte) 255, 51, 102, 1, 2, 3, 4}));
    Path xt = Files.write(dir.resolve("xt.npy"), npy("|u1", "(2, 2, 2)", new byte[] {(byte) 255, 0, 0, 0, 0, 0, 0, 0}));
    Path y = dir.resolve("y.npy");
    NpyWriter.writeLabels(y, new int[] {2, -1});
    Path yt = dir.resolve("yt.npy");
    NpyWriter.writeLabels(yt, new int[] {1, 0});
    DatasetSplit s = load("npy:" + x + "?labels=" + y + "&test=" + xt + "&test-labels=" + yt);
    assertThat(s.train().sampleShape()).containsExactly(2, 2, 1);
    assertThat(s.train().features().row(0)).containsExactly(0f, 1f, 0.2f, 0.4f);
    assertThat(s.train().labels()).containsExactly(2, -1);
    assertThat(s.test().labels()).containsExactly(1, 0);
    assertThat(s.train().classNames()).containsExactly("0", "1", "2"); // 0..max over both parts, 0 and 1 only in the test part
  }

  @Test
  void anIntegerLabelThatLeavesClassesEmptyIsAnError() throws IOException {
    // issue 20, item 3: one IDX label of 250 among 0..9 used to make 251 classes, 240 of them empty
    byte[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, (byte) 250};
    Path x = Files.write(dir.resolve("imgs"), idx(new byte[11], 11, 1, 1));
    Path y = Files.write(dir.resolve("lbls"), idx(labels, 11));
    assertThatThrownBy(() -> load("idx:" + x + "?labels=" + y))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("integer labels are class indices 0..250, but 240 of these classes have no sample "
            + "[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, ...]; renumber the classes 0..k-1 or check the label column");
  }

  @Test
  void aStrayNumberInAnIntegerCsvLabelColumnIsAnErrorNamingTheLine() throws IOException {
    // issue 20, item 3: '1.0' among 0..2 used to turn the column into class names sorted as strings
    Path f = write("s.csv", "y,a\n0,1\n1,2\n\n1.0,3\n2,4\n");
    assertThatThrownBy(() -> load("csv:" + f + "?label=y"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + " line 5: label '1.0' is not a class index; the labels are numbers, so each must be a whole number >= 0 "
            + "(write class names if the labels are names)");
  }

  @Test
  void npyFloatVectorsKeepTheirValues() throws IOException {
    Path x = dir.resolve("v.npy");
    NpyWriter.writeMatrix(x, FloatMatrix.of(new double[][] {{-1.5, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}}));
    DatasetSplit s = load("npy:" + x + "?test-fraction=0.4");
    assertThat(s.train().sampleShape()).containsExactly(2);
    assertThat(s.test().size()).isEqualTo(2);
    // every row lands in exactly one part, unchanged (first values -1.5, 3, 5, 7, 9)
    List<Float> firsts = new ArrayList<>();
    for (var part : List.of(s.train(), s.test())) {
      for (int i = 0; i < part.size(); i++) {
        firsts.add(part.features().get(i, 0));
        assertThat(part.features().get(i, 1)).isEqualTo(part.features().get(i, 0) == -1.5f ? 2f : part.features().get(i, 0) + 1);
      }
    }
    assertThat(firsts).containsExactlyInAnyOrder(-1.5f, 3f, 5f, 7f, 9f);
    assertThat(s.train().classCount()).isZero();
  }

  @Test
  void idxPlainAndGzip() throws IOException {
    Path x = Files.write(dir.resolve("imgs.gz"), gzip(idx(new byte[] {0, (byte) 255, 0, (byte) 255}, 2, 1, 2)));
    Path y = Files.write(dir.resolve("lbls"), idx(new byte[] {1, 0}, 2));
    Path xt = Files.write(dir.resolve("t-imgs"), idx(new byte[] {(byte) 255, (byte) 255}, 1, 1, 2));
    Path yt = Files.write(dir.resolve("t-lbls.gz"), gzip(idx(new byte[] {1}, 1)));
    DatasetSplit s = load("idx:" + x + "?labels=" + y + "&test=" + xt + "&test-labels=" + yt);
    assertThat(s.train().sampleShape()).containsExactly(1, 2, 1);
    assertThat(s.train().features().row(0)).containsExactly(0f, 1f);
    assertThat(s.train().labels()).containsExactly(1, 0);
    assertThat(s.test().features().row(0)).containsExactly(1f, 1f);
    assertThat(s.test().classNames()).containsExactly("0", "1");
  }

  @Test
  void userErrorsAreClear() throws IOException {
    Path f = write("a.csv", "1,2\n3,4\n");
    assertThatThrownBy(() -> load("hdf5:x.h5")).isInstanceOf(InvalidInputException.class)
        .hasMessage("dataset 'hdf5:x.h5' is neither a registered dataset nor user data of the form csv:FILE, npy:FILE, idx:FILE or images:FOLDER");
    assertThatThrownBy(() -> load("csv:")).hasMessage("dataset 'csv:': no file after 'csv:'");
    assertThatThrownBy(() -> load("csv:" + f + "?lable=1"))
        .hasMessage("dataset 'csv:" + f + "?lable=1': unknown key 'lable' (keys for csv: delimiter, header, label, name, test, test-fraction)");
    assertThatThrownBy(() -> load("csv:" + f + "?label")).hasMessage("dataset 'csv:" + f + "?label': 'label' is not of the form key=value");
    assertThatThrownBy(() -> load("csv:" + f + "?name=a&name=b")).hasMessageEndingWith(": key 'name' is given twice");
    assertThatThrownBy(() -> load("csv:" + dir.resolve("nope.csv"))).hasMessage(dir.resolve("nope.csv") + ": file not found (expected a CSV file)");
    assertThatThrownBy(() -> load("csv:" + f + "?test-fraction=1.5"))
        .hasMessageEndingWith(": test-fraction must be a number between 0 and 1 (exclusive), got '1.5'");
    assertThatThrownBy(() -> load("csv:" + f + "?test=" + f + "&test-fraction=0.1"))
        .hasMessageEndingWith(": test-fraction= only applies when no test= part is given");
    assertThatThrownBy(() -> load("csv:" + f + "?header=maybe")).hasMessageEndingWith(": header= must be auto, true or false, got 'maybe'");
    Path wide = write("wide.csv", "1,2,3\n");
    assertThatThrownBy(() -> load("csv:" + f + "?test=" + wide)).hasMessage(wide + " has 3 feature columns but " + f + " has 2");
    assertThatThrownBy(() -> load("npy:x.npy?test-labels=yt.npy")).hasMessageEndingWith(": test-labels= needs test= as well");
    assertThatThrownBy(() -> load("npy:x.npy?labels=y.npy&test=xt.npy"))
        .hasMessageEndingWith(": the training data have labels=, so test= needs test-labels= too");
    assertThatThrownBy(() -> load("csv:" + write("one.csv", "1,2\n"))).hasMessageContaining("1 sample(s) are too few to split off a test part");
  }

  @Test
  void trainAndTestShapesMustAgree() throws IOException {
    Path x = dir.resolve("x.npy");
    NpyWriter.writeMatrix(x, FloatMatrix.zeros(3, 4));
    Path xt = dir.resolve("xt.npy");
    NpyWriter.writeMatrix(xt, FloatMatrix.zeros(2, 5));
    assertThatThrownBy(() -> load("npy:" + x + "?test=" + xt))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(xt + ": test samples have shape [5] but the training samples in " + x + " have [4]");
    Path y = dir.resolve("y.npy");
    NpyWriter.writeLabels(y, new int[] {0, 1});
    assertThatThrownBy(() -> load("npy:" + x + "?labels=" + y)).hasMessage(y + " has 2 labels for the 3 samples of " + x);
    NpyWriter.writeLabels(y, new int[] {0, -2, 1});
    assertThatThrownBy(() -> load("npy:" + x + "?labels=" + y))
        .hasMessage(y + ": label -2 of sample 1 is negative (labels are class indices; -1 marks an unlabelled sample)");
  }

  static byte[] npy(String descr, String shape, byte[] data) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    String text = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
    ByteBuffer b = ByteBuffer.allocate(10 + text.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) text.length());
    return b.put(text.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
  }
}
