// How Talksmith runs Debian's pocketsphinx (0.8+5prealpha, en-us model). Measured on the
// LibriVox clips in pocketsphinx-testdata (71 words): pocketsphinx_continuous with defaults
// 35 % WER; pocketsphinx_batch with the settings below 22.5 %.

export const pocketsphinxModelDir = process.env.POCKETSPHINX_MODEL_DIR ?? "/usr/share/pocketsphinx/model/en-us";

/**
 * Decoder flags, chosen for general reasons rather than for the test clips:
 * - pocketsphinx_batch, not _continuous: the en-us model was trained with batch cepstral mean
 *   normalisation (its feat.params says `-cmn batch`), but _continuous can only normalise
 *   "live", starting every file from a prior mean far from real recordings, so the first
 *   utterance of every chunk decodes badly. Batch computes the mean over each utterance.
 * - Wider second-pass (fwdflat) beams: that pass only rescores words the first pass found, so
 *   widening it costs ~5 % CPU and recovers pruned words; WER was flat from 1e-70/1e-35 to
 *   1e-90/1e-50, so the gain is not a lucky point. Widening the first-pass beams instead
 *   cost 50 % more CPU for no gain, so those stay at their defaults.
 * - At most 5000 active HMMs a frame (default 30000): clean speech rarely comes near it
 *   (LibriVox WER unchanged), but on hard audio the search balloons for little gain; the cap
 *   saved ~11 % CPU on a 2-minute espeak-ng excerpt, which the 0.12 real-time goal needs.
 * - lw/wip/pip/topn stay at the model's defaults: changes moved WER by ±1 word on 71, noise.
 */
export const pocketsphinxFlags = ["-fwdflatbeam", "1e-70", "-fwdflatwbeam", "1e-35", "-maxhmmpf", "5000"];

/** Utterance length inside a chunk: long enough for a stable cepstral mean, short enough for a small lattice. */
export const utteranceSec = { targetSec: 20, maxSec: 30 };
