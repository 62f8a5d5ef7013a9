/**
 * The PyTorch peer of {@code sae bench}'s presets ({@code peer-torch.py}, shipped as a resource): finding a Python with
 * torch, running the peer, and reading what it prints, so that {@code sae bench --peer} can put both side by side.
 */
package io.sae.runtime.bench.peer;
