package io.sae.api.method;

import io.sae.api.model.NetworkSpec;

/**
 * What a method plans from: its options, facts about the data, the body the user chose and the latent size.
 *
 * @param options the method's validated options
 * @param data facts about the training data
 * @param network encoder body chosen by the user (the method decides on decoder and heads)
 * @param latentDim latent size chosen by the user
 * @param seed the run's seed, for any random choice the method makes
 */
public record PlanRequest(MethodOptions options, DataFacts data, NetworkSpec network, int latentDim, long seed) {}
