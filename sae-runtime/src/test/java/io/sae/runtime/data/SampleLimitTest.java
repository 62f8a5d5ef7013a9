package io.sae.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class SampleLimitTest {

  @Test
  void parsesOneOrTwoPositiveCounts() {
    assertThat(SampleLimit.parse(null)).isEqualTo(SampleLimit.NONE);
    assertThat(SampleLimit.parse("200")).isEqualTo(new SampleLimit(200, 0)); // 0: every test sample
    assertThat(SampleLimit.parse(" 200 , 50 ")).isEqualTo(new SampleLimit(200, 50));
  }

  @Test
  void textParsesBackToTheSameLimit() {
    assertThat(new SampleLimit(200, 0).text()).isEqualTo("200");
    assertThat(new SampleLimit(200, 50).text()).isEqualTo("200,50");
    assertThat(SampleLimit.parse(new SampleLimit(1000, 300).text())).isEqualTo(new SampleLimit(1000, 300));
  }

  @Test
  void zeroOrNegativeCountsAreRefusedNotReadAsAll() {
    for (String bad : new String[] {"0", "200,0", "-1", "200,-3", "200,50,1", "x", "200,"}) {
      assertThatThrownBy(() -> SampleLimit.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("at least 1").hasMessageContaining("'" + bad + "'");
    }
  }
}
