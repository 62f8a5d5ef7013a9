package io.sae.methods.shift;

/**
 * The six target-shifting autoencoders of Nousi and Tefas (paper 002): what a sample's reconstruction target
 * is pulled towards, what it is pushed away from, and whether groups are k-means clusters of the latents
 * (CCAE, Algorithm 1) or the visible classes (dAE, Algorithm 2).
 */
public enum ShiftVariant {
  /** Towards the cluster centre (Eq. 9). */
  CCAE_1("ccae-1", false, Attract.CENTRE, Repel.NONE, "targets pulled towards their k-means cluster centre (paper 002, Eq. 9)"),
  /** Towards the cluster centre and away from the rival centre (Eqs. 9 and 12). */
  CCAE_2("ccae-2", false, Attract.CENTRE, Repel.CENTRE, "ccae-1, and pushed away from the rival cluster centre (Eqs. 9, 12)"),
  /** Towards the n nearest same-cluster neighbours (Eq. 10). */
  CCAE_3("ccae-3", false, Attract.NEIGHBOURS, Repel.NONE, "targets pulled towards their n nearest same-cluster neighbours (Eq. 10)"),
  /** Towards the same-cluster neighbours and away from the r nearest rival-cluster samples (Eqs. 10 and 13). */
  CCAE_4("ccae-4", false, Attract.NEIGHBOURS, Repel.NEIGHBOURS, "ccae-3, and pushed away from the r nearest other-cluster samples (Eqs. 10, 13)"),
  /** Towards the class centre (Eq. 14). */
  DAE_1("dae-1", true, Attract.CENTRE, Repel.NONE, "targets of labelled samples pulled towards their class centre (Eq. 14)"),
  /** Towards the class centre and away from the rival class centre (Eqs. 14 and 15). */
  DAE_2("dae-2", true, Attract.CENTRE, Repel.CENTRE, "dae-1, and pushed away from the rival class centre (Eqs. 14, 15)");

  /** What a target is pulled towards (Eq. 7). */
  public enum Attract {
    /** The mean target of its group. */
    CENTRE,
    /** The mean target of its n nearest neighbours (in latent space) within its group. */
    NEIGHBOURS
  }

  /** What a target is pushed away from (Eq. 11). */
  public enum Repel {
    /** Nothing (beta is not used). */
    NONE,
    /** The mean target of the rival group (the nearest other group, or all other groups together). */
    CENTRE,
    /** The mean target of its r nearest samples (in latent space) of other groups. */
    NEIGHBOURS
  }

  private final String id;
  private final boolean supervised;
  private final Attract attract;
  private final Repel repel;
  private final String description;

  ShiftVariant(String id, boolean supervised, Attract attract, Repel repel, String description) {
    this.id = id;
    this.supervised = supervised;
    this.attract = attract;
    this.repel = repel;
    this.description = description;
  }

  /** Registry name, e.g. {@code ccae-1}. */
  public String id() {
    return id;
  }

  /** Groups are the visible classes (dAE) rather than k-means clusters of the latents (CCAE). */
  public boolean supervised() {
    return supervised;
  }

  public Attract attract() {
    return attract;
  }

  public Repel repel() {
    return repel;
  }

  public String description() {
    return description;
  }
}
