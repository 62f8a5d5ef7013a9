package io.sae.embed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.api.method.DataFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The part of a run's {@code config.json} that rebuilds its model: the method is planned again from these
 * fields (a plan is a pure function of them), which gives the architecture and the latent classifier. The
 * CLI's {@code RunConfig} writes them; the data request, epochs and the like are not needed for inference.
 *
 * @param method method name
 * @param options every method option with its effective value
 * @param facts what the method was told about the data
 * @param architecture network spec
 * @param latent latent size
 * @param seed run seed
 */
public record RunRecipe(String method, Map<String, String> options, DataFacts facts, String architecture, int latent, long seed) {
  private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads the recipe of a completed run.
   *
   * @throws InvalidInputException when the folder is not a run, the run is not complete, or a file is corrupt
   */
  public static RunRecipe readComplete(Path run) throws IOException {
    Path config = run.resolve("config.json");
    Path status = run.resolve("status.json");
    if (!Files.isRegularFile(config)) {
      throw new InvalidInputException(run + " is not a run folder (no config.json)");
    }
    String state = read(status).path("state").asText("");
    if (!state.equals("complete")) {
      throw new InvalidInputException("run " + run + " is not complete (state '" + state + "'); finish it with 'sae train --resume " + run + "'");
    }
    try {
      RunRecipe r = JSON.treeToValue(read(config), RunRecipe.class);
      if (r.method() == null || r.facts() == null || r.architecture() == null || r.options() == null || r.latent() < 1) {
        throw new InvalidInputException(config + " lacks method, options, facts, architecture or latent");
      }
      return r;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(config + " is not valid: " + e.getOriginalMessage(), e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + " not found");
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
