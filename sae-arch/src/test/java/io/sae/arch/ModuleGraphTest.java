package io.sae.arch;

import static io.sae.arch.Modules.API;
import static io.sae.arch.Modules.CLI;
import static io.sae.arch.Modules.DATA;
import static io.sae.arch.Modules.EVAL;
import static io.sae.arch.Modules.GEOMETRY;
import static io.sae.arch.Modules.LAB;
import static io.sae.arch.Modules.METHODS;
import static io.sae.arch.Modules.RUNTIME;
import static io.sae.arch.Modules.SERVE;
import static io.sae.arch.Modules.TF;
import static io.sae.arch.Modules.usesOnly;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module graph, checked on the main classes of every module: the SPI (api) at the bottom; data (file
 * formats, datasets) and geometry (k-means, neighbour search) on the SPI; tf on api and data; eval on api, data and
 * geometry; the built-in methods on api, data, geometry and tf; runtime on api, data and tf (it finds methods
 * through ServiceLoader); lab above runtime; cli on top.
 */
@AnalyzeClasses(packages = "io.sae", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleGraphTest {

  @ArchTest
  static final ArchRule apiUsesNoOtherModule = usesOnly(API);

  @ArchTest
  static final ArchRule dataUsesOnlyApi = usesOnly(DATA, API);

  @ArchTest
  static final ArchRule geometryUsesOnlyApi = usesOnly(GEOMETRY, API);

  @ArchTest
  static final ArchRule tfUsesOnlyApiAndData = usesOnly(TF, API, DATA);

  @ArchTest
  static final ArchRule methodsUseOnlyApiDataGeometryAndTf = usesOnly(METHODS, API, DATA, GEOMETRY, TF);

  @ArchTest
  static final ArchRule evalUsesOnlyApiDataAndGeometry = usesOnly(EVAL, API, DATA, GEOMETRY);

  @ArchTest
  static final ArchRule runtimeUsesOnlyApiDataAndTf = usesOnly(RUNTIME, API, DATA, TF);

  @ArchTest
  static final ArchRule labDoesNotUseCli = noClasses().that().resideInAPackage(LAB)
      .should().dependOnClassesThat().resideInAPackage(CLI)
      .because("the lab is the public Java API under the command line; the CLI is one of its clients, not the other way round");

  @ArchTest
  static final ArchRule serveUsesTheLibraryNotTheCli = usesOnly(SERVE, API, DATA, GEOMETRY, TF, EVAL, RUNTIME, LAB);

  @ArchTest
  static final ArchRule labDoesNotUseServe = noClasses().that().resideInAPackage(LAB)
      .should().dependOnClassesThat().resideInAPackage(SERVE)
      .because("the server is a client of the library, like the CLI");
}
