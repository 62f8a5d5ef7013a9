package io.sae.spark.table;

import java.io.Serializable;

/**
 * One sample to encode, as a Spark bean ({@code Encoders.bean}): an id, the class label if known (null otherwise) and
 * the flattened input values. Spark's bean encoder reads the {@code array<float>} column straight into the
 * {@code float[]}, without boxing each value.
 */
public class InputRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private long id;
  private Integer label;
  private float[] features;

  /** For Spark's bean encoder. */
  public InputRow() {}

  /** A sample. */
  public InputRow(long id, Integer label, float[] features) {
    this.id = id;
    this.label = label;
    this.features = features;
  }

  public long getId() { return id; }

  public void setId(long id) { this.id = id; }

  public Integer getLabel() { return label; }

  public void setLabel(Integer label) { this.label = label; }

  public float[] getFeatures() { return features; }

  public void setFeatures(float[] features) { this.features = features; }
}
