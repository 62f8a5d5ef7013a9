package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static final CsvReader.Options DEFAULTS = CsvReader.Options.defaults();

  @Test
  void detectsHeaderAndPicksLabelColumnByName() throws IOException {
    Path f = write("data.csv", "x1,class,x2\n1,cat,2.5\n-3,dog,4e-1\n\n0.5,cat,0\n");
    CsvData d = CsvReader.read(f, DEFAULTS.withLabel("class"));
    assertThat(d.featureNames()).containsExactly("x1", "x2");
    assertThat(d.labelColumn()).isEqualTo("class");
    assertThat(d.features().rows()).isEqualTo(3);
    assertThat(d.features().data()).containsExactly(1f, 2.5f, -3f, 0.4f, 0.5f, 0f);
    assertThat(d.labelValues()).containsExactly("cat", "dog", "cat");
    ClassLabels classes = ClassLabels.infer("data.csv", d.labelValues());
    assertThat(classes.classNames()).containsExactly("cat", "dog");
    assertThat(classes.encode("data.csv", d.labelValues())).containsExactly(0, 1, 0);
  }

  @Test
  void withoutHeaderLabelIsA0BasedIndexAndATextColumnIsNotMistakenForAHeader() throws IOException {
    Path f = write("n.csv", "0.1;0.2;b\n0.3;0.4;a\n");
    CsvData d = CsvReader.read(f, DEFAULTS.withDelimiter(';').withLabel("2"));
    assertThat(d.features().rows()).isEqualTo(2); // first row is data: its text column is text in row 2 as well
    assertThat(d.featureNames()).containsExactly("x0", "x1");
    assertThat(d.labelColumn()).isEqualTo("2");
    assertThat(d.labelValues()).containsExactly("b", "a");
  }

  @Test
  void integerLabelsAreClassIndices() throws IOException {
    Path f = write("i.csv", "label\tf\n2\t1\n0\t2\n1\t3\n");
    CsvData d = CsvReader.read(f, DEFAULTS.withDelimiter('\t').withLabel("0"));
    assertThat(d.labelColumn()).isEqualTo("label"); // a header exists, index 0 names it
    ClassLabels classes = ClassLabels.infer("i.csv", d.labelValues());
    assertThat(classes.integer()).isTrue();
    assertThat(classes.classNames()).containsExactly("0", "1", "2");
    assertThat(classes.encode("i.csv", d.labelValues())).containsExactly(2, 0, 1);
    assertThat(d.labelLines()).containsExactly(2, 3, 4);
    assertThat(d.features().data()).containsExactly(1f, 2f, 3f);
  }

  @Test
  void headerCanBeForced() throws IOException {
    Path f = write("h.csv", "1,2\n3,4\n");
    assertThat(CsvReader.read(f, DEFAULTS).features().rows()).isEqualTo(2);
    CsvData forced = CsvReader.read(f, DEFAULTS.withHeader(true));
    assertThat(forced.featureNames()).containsExactly("1", "2");
    assertThat(forced.features().data()).containsExactly(3f, 4f);
    assertThat(forced.hasLabels()).isFalse();
  }

  @Test
  void quotedFieldsAndByteOrderMark() throws IOException {
    Path f = write("q.csv", "\uFEFF\"a, b\",\"kind\"\n1.5,\"T-shirt/top\"\n2,\"say \"\"hi\"\"\"\n");
    CsvData d = CsvReader.read(f, DEFAULTS.withLabel("kind"));
    assertThat(d.featureNames()).containsExactly("a, b");
    assertThat(d.labelValues()).containsExactly("T-shirt/top", "say \"hi\"");
  }

  @Test
  void nanIsRejectedWithFileLineAndColumn() throws IOException {
    StringBuilder b = new StringBuilder("x0,x1,x2,x3\n");
    for (int line = 2; line < 17; line++) {
      b.append("1,2,3,4\n");
    }
    b.append("1,2,3,NaN\n");
    Path f = write("data.csv", b.toString());
    assertThatThrownBy(() -> CsvReader.read(f, DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + " line 17, column 'x3': 'NaN' is not a finite number");
  }

  @Test
  void badValuesAreNamed() throws IOException {
    Path text = write("t.csv", "1,2\n3,abc\n");
    assertThatThrownBy(() -> CsvReader.read(text, DEFAULTS)).hasMessage(text + " line 2, column 1: 'abc' is not a number");
    Path empty = write("e.csv", "a,b\n1,\n");
    assertThatThrownBy(() -> CsvReader.read(empty, DEFAULTS)).hasMessage(empty + " line 2, column 'b': empty value, expected a number");
    Path inf = write("inf.csv", "1,2\n3,1e39\n");
    assertThatThrownBy(() -> CsvReader.read(inf, DEFAULTS)).hasMessage(inf + " line 2, column 1: '1e39' is not a finite number");
    Path noLabel = write("l.csv", "a,y\n1,\n");
    assertThatThrownBy(() -> CsvReader.read(noLabel, DEFAULTS.withLabel("y")))
        .hasMessage(noLabel + " line 2, column 'y': empty label (every row needs one)");
  }

  @Test
  void raggedRowsNameTheLine() throws IOException {
    Path f = write("r.csv", "a,b,c\n1,2,3\n\n4,5\n");
    assertThatThrownBy(() -> CsvReader.read(f, DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + " line 4: 2 fields, expected 3 (as in line 1)");
  }

  @Test
  void labelColumnErrors() throws IOException {
    Path h = write("h.csv", "a,b\n1,2\n");
    assertThatThrownBy(() -> CsvReader.read(h, DEFAULTS.withLabel("class")))
        .hasMessage(h + ": no column named 'class' for the labels (columns: a, b)");
    assertThatThrownBy(() -> CsvReader.read(h, DEFAULTS.withLabel("5")))
        .hasMessage(h + ": label column index 5 is out of range: the file has 2 columns (0-based indices 0..1)");
    Path n = write("n.csv", "1,2\n3,4\n");
    assertThatThrownBy(() -> CsvReader.read(n, DEFAULTS.withLabel("class")))
        .hasMessage(n + ": has no header row, so the label column must be a 0-based index, got 'class'");
    Path only = write("o.csv", "y\n1\n");
    assertThatThrownBy(() -> CsvReader.read(only, DEFAULTS.withLabel("y")))
        .hasMessage(only + ": no feature columns (the only column is the label column)");
  }

  @Test
  void emptyFilesAndMissingFiles() throws IOException {
    Path blank = write("b.csv", "\n  \n");
    assertThatThrownBy(() -> CsvReader.read(blank, DEFAULTS)).hasMessage(blank + ": empty CSV file, expected one sample per line");
    Path headerOnly = write("ho.csv", "a,b\n");
    assertThatThrownBy(() -> CsvReader.read(headerOnly, DEFAULTS.withHeader(true))).hasMessage(headerOnly + ": no data rows after the header");
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> CsvReader.read(missing, DEFAULTS)).hasMessage(missing + ": file not found (expected a CSV file)");
    Path quote = write("uq.csv", "1,\"2\n");
    assertThatThrownBy(() -> CsvReader.read(quote, DEFAULTS)).hasMessage(quote + " line 1: unclosed quote (quoted fields cannot span lines)");
  }

  @Test
  void delimiterOption() {
    assertThat(CsvReader.Options.parseDelimiter("delimiter", "semicolon")).isEqualTo(';');
    assertThat(CsvReader.Options.parseDelimiter("delimiter", "TAB")).isEqualTo('\t');
    assertThat(CsvReader.Options.parseDelimiter("delimiter", ",")).isEqualTo(',');
    assertThatThrownBy(() -> CsvReader.Options.parseDelimiter("delimiter", "|"))
        .hasMessage("delimiter must be comma, semicolon or tab, got '|'");
  }

  @Test
  void textThatIsNotUtf8IsAUserError(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    // found by the fuzzer: a byte sequence that is not UTF-8 ended in MalformedInputException, an internal error (exit 1)
    Path f = tmp.resolve("latin1.csv");
    Files.write(f, new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xC3, '(', '\n'});
    assertThatThrownBy(() -> CsvReader.read(f, CsvReader.Options.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": not UTF-8 text (is it a binary file, or saved in another encoding?)");
  }
}
