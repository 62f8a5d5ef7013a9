/**
 * Data for sae: the built-in datasets ({@code mnist}, {@code fashion-mnist}, {@code synthetic}), fetched once
 * into a cache and verified by SHA-256; user data files ({@link io.sae.data.user.UserDatasets}); the
 * papers' groupings and user grouping files; and the seeded, stratified choice of visible labels
 * ({@link io.sae.data.LabelViews}). {@link io.sae.data.DataPlugin} registers the named parts.
 */
package io.sae.data;
