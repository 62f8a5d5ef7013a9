package io.sae.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** sae bench's inference timing goes through the public embedding API only. */
@AnalyzeClasses(packages = "io.sae", importOptions = ImportOption.DoNotIncludeTests.class)
class InferenceBenchBoundaryTest {

  @ArchTest
  static final ArchRule inferenceBenchTimesThePublicApi = noClasses().that().haveNameMatching("io\\.sae\\.runtime\\.bench\\.InferenceBench(\\$.*)?")
      .should().dependOnClassesThat().resideInAnyPackage("io.sae.tf..", "org.tensorflow..")
      .because("the latencies sae bench reports are what an embedding service sees through SaeModel.encode, whichever"
          + " implementation (TfModel, SavedModelSaeModel) Bench hands over");
}
