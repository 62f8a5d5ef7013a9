package io.sae.arch;

import static io.sae.arch.Modules.CORE;
import static io.sae.arch.Modules.METHODS;
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
}
