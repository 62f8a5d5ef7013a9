package io.sae.cli.commands;

import io.sae.api.method.OptionSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sae methods}: the registered methods with their options. */
@Command(name = "methods", mixinStandardHelpOptions = true,
    description = "List the structuring methods that the loaded plugins register, with their options (set with --set KEY=VALUE).")
public final class MethodsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SaeRuntime services = common.services(out);
    for (StructuringMethod m : services.methods().values()) {
      out.printf("%s%n    %s%s%n", m.name(), m.description(), m.needsLabels() ? " (needs labels)" : "");
      for (OptionSpec o : m.options()) {
        String range = o.type() == OptionSpec.Type.DOUBLE || o.type() == OptionSpec.Type.INT
            ? String.format(Locale.ROOT, " in [%s, %s]", num(o.min()), num(o.max())) : "";
        out.printf("    --set %s=%s  (%s%s) %s%n", o.name(), o.defaultValue().isEmpty() ? "\"\"" : o.defaultValue(),
            o.type().name().toLowerCase(Locale.ROOT), range, o.description());
      }
    }
    out.printf("%nplugins: %s%n", String.join(", ", services.plugins().stream()
        .map(p -> p.pluginName() + services.pluginPath().jarOf(p.getClass()).map(j -> " (" + j.getFileName() + ")").orElse("")).toList()));
    for (var jar : services.pluginPath().jars()) {
      out.printf("plugin path: %s%s%n", jar.file(), jar.plugins().isEmpty() ? " (library: registers no plugin)" : "");
    }
    return 0;
  }

  private static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
