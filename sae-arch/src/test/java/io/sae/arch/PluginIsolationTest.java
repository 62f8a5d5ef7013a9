package io.sae.arch;

import static io.sae.arch.Modules.CORE;
import static io.sae.arch.Modules.METHODS;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core never names a plugin class: the built-in methods are a plugin like any other, found by ServiceLoader and
 * seen only through the SPI (io.sae.api), so a third-party method gets everything a built-in one gets.
 */
@AnalyzeClasses(packages = "io.sae", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginIsolationTest {

  @ArchTest
  static final ArchRule coreNamesNoPluginClass = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAPackage(METHODS)
      .because("the core sees plugins only through SPI interfaces (a capability such as ConfiguredLatentSpace, asked of the method"
          + " the registry returns), never through a plugin's classes");

  @ArchTest
  static final ArchRule pluginsUseOnlyTheTensorFlowSpi = noClasses().that().resideInAPackage(METHODS)
      .should().dependOnClassesThat(resideInAPackage("io.sae.tf..")
          .and(resideOutsideOfPackage("io.sae.tf.spi.."))
          .and(not(type(io.sae.tf.TfExtensions.class))))
      .because("a plugin builds graphs through io.sae.tf.spi (the model's endpoints, Variables, LossBuilder, TransformBuilder)"
          + " and registers at TfExtensions; the engine's ModelGraph, Parameters and Trainer may change under it");
}
