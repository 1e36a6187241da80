#!/usr/bin/env bash
# Regenerates the checked-in audio fixtures from their scripts with espeak-ng, sox and ffmpeg
# (Debian packages). The outputs are committed, so tests never need espeak at run time.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The onboarding walkthrough the pipeline test transcribes (about 60 s).
espeak-ng -v en-us+m3 -s 130 -g 6 -f onboarding.txt -w "$tmp/onboarding.wav"
ffmpeg -v error -y -i "$tmp/onboarding.wav" -ac 1 -ar 22050 -c:a libmp3lame -b:a 48k onboarding.mp3

# Bad inputs.
: > empty.mp3                                             # zero bytes
printf 'This is a text file, not audio.\n%.0s' {1..200} > not-audio.mp3
head -c 2048 onboarding.mp3 > truncated.mp3               # the first 2 KB of a real mp3
ffmpeg -v error -y -f lavfi -i anullsrc=r=16000:cl=mono -t 0 -c:a pcm_s16le silence-0s.wav
