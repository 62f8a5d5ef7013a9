package io.sae.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/** The modules' root packages (each module owns exactly one) and the rule "a module uses only these others". */
final class Modules {
  static final String API = "io.sae.api..";
  static final String DATA = "io.sae.data..";
  static final String GEOMETRY = "io.sae.geometry..";
  static final String TF = "io.sae.tf..";
  static final String METHODS = "io.sae.methods..";
  static final String EVAL = "io.sae.eval..";
  static final String RUNTIME = "io.sae.runtime..";
  static final String LAB = "io.sae.lab..";
  static final String CLI = "io.sae.cli..";
  static final String SERVE = "io.sae.serve..";

  /** The core: every module but the built-in plugins (sae-methods), which the core must find through the SPI only. */
  static final String[] CORE = {API, DATA, GEOMETRY, TF, EVAL, RUNTIME, LAB, SERVE, CLI};

  private Modules() {}

  /**
   * No class of {@code module} depends on an io.sae class outside {@code module} and {@code allowed}. Written
   * as "outside the allowed ones" rather than as a list of forbidden modules, so a package added later is
   * forbidden until a rule allows it.
   */
  static ArchRule usesOnly(String module, String... allowed) {
    String[] own = Stream.concat(Stream.of(module), Arrays.stream(allowed)).toArray(String[]::new);
    return noClasses().that().resideInAPackage(module)
        .should().dependOnClassesThat(resideInAPackage("io.sae..").and(resideOutsideOfPackages(own)))
        .because("the module graph is one-way: " + module + " may use only " + (allowed.length == 0 ? "itself" : String.join(", ", allowed)));
  }
}
