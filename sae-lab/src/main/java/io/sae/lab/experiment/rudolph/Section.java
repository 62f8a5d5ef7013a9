package io.sae.lab.experiment.rudolph;

import java.util.List;
import java.util.Map;

/**
 * One part of an experiment's report: a table, notes, images, and the same numbers for results.json.
 *
 * @param title section heading
 * @param notes paragraphs under the heading (what was run, how to read the table)
 * @param header table header
 * @param rows table rows
 * @param images PNG file names in the experiment folder
 * @param json the numbers, keyed for results.json
 */
public record Section(String title, List<String> notes, List<String> header, List<List<?>> rows, List<String> images, Map<String, Object> json) {}
