package io.sae.runtime.plugin;

import io.sae.api.InvalidInputException;
import io.sae.api.plugin.SaePlugin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Plugin jars from folders outside the application's classpath ({@code sae --plugins DIR}, {@code $SAE_PLUGINS}).
 * Every {@code *.jar} of each folder (or a jar named directly) joins one class loader whose parent is the
 * application's, so plugins see the same {@code sae-api} and {@code sae-tf} classes as the core. Each jar is
 * checked before use, and a broken one is reported by its file name: not a readable jar, a provider class
 * that is missing, fails to load, is not a {@link SaePlugin}, or cannot be constructed. Jars that register no
 * plugin are loaded as libraries of the others.
 *
 * @param loader the class loader to discover plugins through
 * @param jars every jar on the path, in load order
 */
public record PluginPath(ClassLoader loader, List<Jar> jars) {

  /** Where ServiceLoader looks for plugin classes in a jar. */
  public static final String SERVICE_FILE = "META-INF/services/" + SaePlugin.class.getName();

  /**
   * One jar of the plugin path.
   *
   * @param file the jar
   * @param plugins class names its service file lists (empty for a library jar)
   */
  public record Jar(Path file, List<String> plugins) {
    public Jar {
      plugins = List.copyOf(plugins);
    }
  }

  public PluginPath {
    jars = List.copyOf(jars);
  }

  /** No extra jars: plugins come from the application's classpath only. */
  public static PluginPath none(ClassLoader parent) {
    return new PluginPath(parent, List.of());
  }

  /**
   * Opens the jars of {@code entries} (folders of jars, or jar files) on top of {@code parent}.
   *
   * @throws InvalidInputException naming the folder or jar that is missing or broken
   */
  public static PluginPath open(List<Path> entries, ClassLoader parent) {
    List<Path> files = new ArrayList<>();
    for (Path e : entries) {
      if (Files.isDirectory(e)) {
        try (Stream<Path> s = Files.list(e)) {
          s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(files::add);
        } catch (IOException ex) {
          throw new InvalidInputException("plugin folder " + e + " cannot be listed: " + ex.getMessage(), ex);
        }
      } else if (Files.isRegularFile(e)) {
        files.add(e);
      } else {
        throw new InvalidInputException("plugin path entry " + e + " does not exist (expected a folder of plugin jars or a jar)");
      }
    }
    if (files.isEmpty()) {
      return none(parent);
    }
    List<Jar> jars = new ArrayList<>();
    URL[] urls = new URL[files.size()];
    for (int i = 0; i < files.size(); i++) {
      jars.add(new Jar(files.get(i), serviceEntries(files.get(i))));
      try {
        urls[i] = files.get(i).toUri().toURL();
      } catch (MalformedURLException ex) {
        throw new InvalidInputException("plugin jar " + files.get(i) + " has no usable URL: " + ex.getMessage(), ex);
      }
    }
    URLClassLoader loader = new URLClassLoader("sae-plugins", urls, parent);
    for (Jar jar : jars) {
      for (String name : jar.plugins()) {
        check(jar.file(), name, loader);
      }
    }
    return new PluginPath(loader, jars);
  }

  /** The jar a plugin class came from, if it came from this path. */
  public Optional<Path> jarOf(Class<?> type) {
    for (Jar j : jars) {
      if (j.plugins().contains(type.getName())) {
        return Optional.of(j.file());
      }
    }
    return Optional.empty();
  }

  private static List<String> serviceEntries(Path file) {
    try (JarFile jar = new JarFile(file.toFile())) {
      JarEntry entry = jar.getJarEntry(SERVICE_FILE);
      if (entry == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String name = line.replaceFirst("#.*", "").trim(); // the ServiceLoader file format allows comments
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      }
      return names;
    } catch (IOException e) {
      throw new InvalidInputException("plugin jar " + file + " is not a readable jar file: " + e.getMessage(), e);
    }
  }

  private static void check(Path file, String name, ClassLoader loader) {
    String where = "plugin jar " + file + ": class " + name + " (listed in " + SERVICE_FILE + ")";
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new InvalidInputException(where + " is not in the jar", e);
    } catch (LinkageError e) {
      throw new InvalidInputException(where + " cannot be loaded: " + e, e);
    }
    if (!SaePlugin.class.isAssignableFrom(type)) {
      throw new InvalidInputException(where + " does not implement " + SaePlugin.class.getName());
    }
    try {
      type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new InvalidInputException(where + " needs a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new InvalidInputException(where + " failed in its constructor: " + e.getCause(), e);
    } catch (InstantiationException | LinkageError e) {
      throw new InvalidInputException(where + " cannot be instantiated: " + e, e);
    }
  }
}
