package io.sae.spark.table;

import java.io.Serializable;

/**
 * One row of a latent table, as a Spark bean: the sample's id and label (null when unknown), its latent code, and,
 * when asked for, the model's class ({@code predicted}) and the reconstruction. The columns of
 * {@link LatentTables#write}.
 */
public class LatentRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private long id;
  private Integer label;
  private float[] latent;
  private Integer predicted;
  private float[] reconstruction;

  /** For Spark's bean encoder. */
  public LatentRow() {}

  /** A row without the optional columns. */
  public LatentRow(long id, Integer label, float[] latent) {
    this.id = id;
    this.label = label;
    this.latent = latent;
  }

  public long getId() { return id; }

  public void setId(long id) { this.id = id; }

  public Integer getLabel() { return label; }

  public void setLabel(Integer label) { this.label = label; }

  public float[] getLatent() { return latent; }

  public void setLatent(float[] latent) { this.latent = latent; }

  public Integer getPredicted() { return predicted; }

  public void setPredicted(Integer predicted) { this.predicted = predicted; }

  public float[] getReconstruction() { return reconstruction; }

  public void setReconstruction(float[] reconstruction) { this.reconstruction = reconstruction; }
}
