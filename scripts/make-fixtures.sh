#!/usr/bin/env bash
# Regenerates the checked-in audio fixtures from their scripts with espeak-ng, sox and ffmpeg
# (Debian packages). The outputs are committed, so tests never need espeak at run time.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The onboarding walkthrough (~48 s). Voice m1 at 150 wpm with 20 ms word gaps was the
# clearest to pocketsphinx of the en-us voices tried (~46 % WER against ~60 % for others).
espeak-ng -v en-us+m1 -s 150 -g 2 -f onboarding.txt -w "$tmp/speech.wav"
# Faint room tone (pink noise at about -50 dBFS, fixed seed so the file is reproducible):
# synthetic speech has digitally silent gaps, which throw off pocketsphinx's noise estimate
# and cost ~10 points of WER; every real microphone has a noise floor.
sox "$tmp/speech.wav" "$tmp/padded.wav" pad 0.3 0.5
ffmpeg -v error -y -i "$tmp/padded.wav" -f lavfi -i "anoisesrc=c=pink:a=0.003:r=22050:seed=7" \
  -filter_complex "[0:a][1:a]amix=inputs=2:duration=first:normalize=0" \
  -ac 1 -ar 22050 -c:a libmp3lame -b:a 64k -map_metadata -1 onboarding.mp3

# Bad inputs.
: > empty.mp3                                                        # zero bytes
printf 'This is a text file, not audio.\n%.0s' {1..200} > not-audio.mp3
head -c 2048 onboarding.mp3 > truncated.mp3                          # the first 2 KB of a real mp3
ffmpeg -v error -y -f lavfi -i anullsrc=r=16000:cl=mono -t 0 -c:a pcm_s16le silence-0s.wav  # a header, no samples
