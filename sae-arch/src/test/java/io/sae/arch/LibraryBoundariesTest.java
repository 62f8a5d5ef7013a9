package io.sae.arch;

import static io.sae.arch.Modules.API;
import static io.sae.arch.Modules.CLI;
import static io.sae.arch.Modules.EVAL;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which modules may see TensorFlow, Guice, picocli, Spark and Smile. */
@AnalyzeClasses(packages = "io.sae", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryBoundariesTest {
  private static final String TENSORFLOW = "org.tensorflow..";

  @ArchTest
  static final ArchRule spiImportsNoTensorFlow = noClasses().that().resideInAPackage(API)
      .should().dependOnClassesThat().resideInAPackage(TENSORFLOW)
      .because("a plugin written against the SPI must compile without TensorFlow; graphs are built in sae-tf");

  @ArchTest
  static final ArchRule spiImportsNoGuice = noClasses().that().resideInAPackage(API)
      .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
      .because("plugins hand values over through Extensions; dependency injection is the host's business, and a service"
          + " that only calls SaeModel must not need Guice on its classpath");

  @ArchTest
  static final ArchRule onlyTheCliImportsPicocli = noClasses().that().resideOutsideOfPackage(CLI)
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("the command line is one client of the library; the library and the plugins must work without picocli");

  @ArchTest
  static final ArchRule evaluationSeesNoTensorFlow = noClasses().that().resideInAPackage(EVAL)
      .should().dependOnClassesThat().resideInAPackage(TENSORFLOW)
      .because("evaluation works on latent matrices (FloatMatrix), whatever produced them");

  /*
   * sae-spark itself is not on this module's class path on purpose: it would bring Spark's 200-odd jars into every
   * build of sae-arch, and this rule is about the other modules. The root pom's no-spark-outside-sae-spark enforcer
   * rule bans Spark from every other module's dependencies; this one also catches a reference no dependency shows
   * (e.g. a class name in a signature compiled against a Spark jar found some other way).
   */
  @ArchTest
  static final ArchRule onlySaeSparkUsesSpark = noClasses().that().resideOutsideOfPackage("io.sae.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
      .because("scale-out is one client of the library (sae-spark); the core and the CLI must build and run without Spark");

  @ArchTest
  static final ArchRule smileOnlyWhereItServes = noClasses()
      .that().haveNameNotMatching("io\\.sae\\.eval\\.(projection\\.Tsne|classify\\.(RbfSvm|SoftmaxRegression))(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("smile..")
      .because("Smile is GPL-3.0 (see NOTICE): it serves t-SNE, the RBF SVM and softmax regression only; k-means,"
          + " neighbour search and the metrics are the project's own, so that fewer classes link it");
}
