package io.sae.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's checks can fail: each kind of broken property is reported with its replay line. */
class FuzzRunnerTest {
  @TempDir Path tmp;

  private static final byte[] SEED = "1,2,3\n".getBytes(StandardCharsets.UTF_8);

  /** {@code loader} on mutated inputs; the unmutated seed loads (the runner checks that first). */
  private FuzzRunner.Summary run(FuzzTarget.Loader loader, long maxAllocated) throws IOException {
    FuzzTarget.Loader onMutated = dir -> java.util.Arrays.equals(java.nio.file.Files.readAllBytes(dir.resolve("f.txt")), SEED)
        ? FuzzRunner.Outcome.LOADED : loader.load(dir);
    FuzzTarget t = FuzzTarget.single("self-test", "f.txt", SEED, Mutator.Profile.textual(), onMutated, maxAllocated);
    return new FuzzRunner(tmp.resolve("cases"), 1).run(t, 3);
  }

  @Test
  void anotherExceptionAMultiLineMessageAHangAndAnAllocationAreFailures() throws IOException {
    assertThat(run(dir -> {
      throw new NullPointerException("boom");
    }, -1).failures()).hasSize(3).allSatisfy(f -> assertThat(f).contains("NullPointerException").contains("-Dsae.fuzz.case=self-test:"));
    assertThat(run(dir -> {
      throw new InvalidInputException("two\nlines");
    }, -1).failures()).hasSize(3).allSatisfy(f -> assertThat(f).contains("without a one-line message"));
    assertThat(run(dir -> {
      Thread.sleep(5_000);
      return FuzzRunner.Outcome.LOADED;
    }, -1).failures()).hasSize(3).allSatisfy(f -> assertThat(f).contains("hang"));
    assertThat(run(dir -> {
      byte[] big = new byte[8 << 20];
      return big.length > 0 ? FuzzRunner.Outcome.LOADED : FuzzRunner.Outcome.REJECTED;
    }, 1 << 20).failures()).hasSize(3).allSatisfy(f -> assertThat(f).contains("allocated"));
    FuzzRunner.Summary ok = run(dir -> {
      throw new InvalidInputException("one line");
    }, -1);
    assertThat(ok.failures()).isEmpty();
    assertThat(ok.rejected()).isEqualTo(3);
  }

  @Test
  void aSeedThatDoesNotLoadIsRefusedBeforeAnyCase() {
    FuzzTarget t = FuzzTarget.single("self-test-seed", "f.txt", SEED, Mutator.Profile.textual(), dir -> {
      throw new InvalidInputException("rejects everything");
    }, -1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FuzzRunner(tmp.resolve("seed-cases"), 1).run(t, 3))
        .hasMessage("fuzz self-test-seed: the unmutated seed input is rejected");
  }

  @Test
  void theSameSeedGivesTheSameEdits() {
    byte[] seed = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20; i++) {
      List<Edit> a = Mutator.mutations(seed, Mutator.Profile.textual(), new Random(FuzzRunner.mix(7, "csv", i)));
      List<Edit> b = Mutator.mutations(seed, Mutator.Profile.textual(), new Random(FuzzRunner.mix(7, "csv", i)));
      assertThat(a.toString()).isEqualTo(b.toString());
      assertThat(Mutator.apply(seed, a)).isEqualTo(Mutator.apply(seed, b));
    }
  }
}
