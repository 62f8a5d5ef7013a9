/**
 * Latent search (paper 003): {@link io.sae.lab.search.LatentIndexer} encodes a database into a
 * {@link io.sae.lab.search.LatentIndex}, {@link io.sae.lab.search.LatentSearch} ranks it against a query
 * ({@code sae index}, {@code sae search}).
 */
package io.sae.lab.search;
