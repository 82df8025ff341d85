"""Record every announcement segment of `db.queue.speech.SEGMENTS` into resources/voice/id/<segment>.wav.

Run from the repository root (needs Debian's espeak-ng; the app itself never does):

    apt-get install -y espeak-ng
    .venv/bin/python tools/voice/generate.py

Every file comes out in one format (mono, 16-bit, 22050 Hz) so the announcer can join segments frame by frame:
spoken segments are espeak-ng's Indonesian voice with the silence around the word cut and a short pause added after
it; the chime is a two-tone "ding-dong" synthesised here. The folder's README.md is rewritten to list the segments.
"""

from __future__ import annotations

import argparse
import array
import io
import math
import subprocess
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from db.queue.speech import CHIME, GO_TO_COUNTER, RECALL, SEGMENT_SPEECH, TICKET  # noqa: E402

RATE = 22050
OUT_DIR = ROOT / "resources" / "voice" / "id"
SPEED_WPM = 140
THRESHOLD = 400  # of 32767: below this the start and end of a recording count as silence
LEAD_MS = 10  # kept before the first sound, so the onset of a consonant is not clipped
TAIL_MS = 90  # pause after a word
PHRASE_TAIL_MS = 220  # pause after a phrase ("nomor antrian", "silakan menuju loket", "panggilan ulang")
PHRASES = {TICKET, GO_TO_COUNTER, RECALL}


def espeak(text: str) -> array.array:
    """espeak-ng's Indonesian voice saying `text`, as 16-bit samples at 22050 Hz."""
    wav = subprocess.run(
        ["espeak-ng", "-v", "id", "-s", str(SPEED_WPM), "--stdout", text], capture_output=True, check=True
    ).stdout
    with wave.open(io.BytesIO(_fix_stream_header(wav))) as reader:
        if (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) != (1, 2, RATE):
            raise SystemExit(f"espeak-ng gave an unexpected format for {text!r}")
        samples = array.array("h", reader.readframes(reader.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def _fix_stream_header(wav: bytes) -> bytes:
    """espeak-ng writing to a pipe cannot seek back to fill in the lengths; put them in."""
    data_at = wav.index(b"data") + 8
    fixed = bytearray(wav)
    fixed[4:8] = (len(wav) - 8).to_bytes(4, "little")
    fixed[data_at - 4 : data_at] = (len(wav) - data_at).to_bytes(4, "little")
    return bytes(fixed)


def trim(samples: array.array, tail_ms: int) -> array.array:
    """Cut the silence at both ends, fade the edges (no clicks when segments are joined), add a pause."""
    loud = [i for i, value in enumerate(samples) if abs(value) > THRESHOLD]
    if not loud:
        raise SystemExit("espeak-ng produced silence")
    start = max(0, loud[0] - RATE * LEAD_MS // 1000)
    end = min(len(samples), loud[-1] + RATE * 15 // 1000)
    body = array.array("h", samples[start:end])
    fade = min(len(body) // 2, RATE * 5 // 1000)
    for i in range(fade):
        body[i] = int(body[i] * i / fade)
        body[-1 - i] = int(body[-1 - i] * i / fade)
    return body + array.array("h", bytes(2 * (RATE * tail_ms // 1000)))


def chime() -> array.array:
    """A soft two-tone ding-dong (E5 then C5), bell-like partials with exponential decay, then a pause."""
    total = int(RATE * 1.6)
    mix = [0.0] * total
    for start_s, frequency in ((0.0, 659.25), (0.45, 523.25)):
        offset = int(start_s * RATE)
        for i in range(total - offset):  # each tone rings on under the next: stopping it would click
            t = i / RATE
            attack = min(1.0, t / 0.006)
            tone = (
                math.sin(2 * math.pi * frequency * t) * math.exp(-3.2 * t)
                + 0.35 * math.sin(2 * math.pi * 2 * frequency * t) * math.exp(-6.0 * t)
                + 0.12 * math.sin(2 * math.pi * 3 * frequency * t) * math.exp(-9.0 * t)
            )
            mix[offset + i] += attack * tone
    fade = int(RATE * 0.3)  # let the dong die away instead of stopping at the cut
    for i in range(fade):
        mix[total - fade + i] *= 0.5 * (1 + math.cos(math.pi * i / fade))
    peak = max(abs(value) for value in mix)
    samples = array.array("h", (int(value / peak * 0.55 * 32767) for value in mix))
    return trim(samples, PHRASE_TAIL_MS)


def write(path: Path, samples: array.array) -> None:
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(data.tobytes())


def espeak_version() -> str:
    """ "eSpeak NG text-to-speech: 1.51" (without the data folder it also prints)."""
    text = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True).stdout
    return text.split("Data at")[0].strip()


def write_readme(durations: dict[str, float]) -> None:
    rows = [
        f"| `{name}.wav` | {SEGMENT_SPEECH.get(name, 'two-tone ding-dong, synthesised')} | {durations[name]:.2f} |"
        for name in durations
    ]
    total_kib = sum((OUT_DIR / f"{name}.wav").stat().st_size for name in durations) / 1024
    text = "\n".join(
        [
            "# Voice segments (Bahasa Indonesia)",
            "",
            "The waiting-hall announcer (`desktop/announcer.py`) joins these segments into one call, in the order",
            "`db.queue.speech.announcement_segments()` gives, e.g. chime, nomor antrian, A, nol, nol, satu,",
            "silakan menuju loket, dua. All share one format: WAV PCM, mono, 16-bit, 22050 Hz.",
            "",
            "Generated by `tools/voice/generate.py` with " + espeak_version() + " (voice `id`, "
            f"{SPEED_WPM} words per minute); do not edit by hand, run the script again. Licence: LICENSE.txt.",
            "",
            f"{len(durations)} segments, {total_kib:.0f} KiB in all.",
            "",
            "`[[...]]` is espeak-ng phoneme input (its rules would read *loket* with a schwa).",
            "",
            "| file | spoken text (espeak-ng input) | seconds |",
            "| --- | --- | --- |",
            *rows,
            "",
        ]
    )
    (OUT_DIR / "README.md").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    durations: dict[str, float] = {}
    recordings = {CHIME: chime()}
    for name, speech in SEGMENT_SPEECH.items():
        recordings[name] = trim(espeak(speech), PHRASE_TAIL_MS if name in PHRASES else TAIL_MS)
    for name, samples in recordings.items():
        write(OUT_DIR / f"{name}.wav", samples)
        durations[name] = len(samples) / RATE
    write_readme(durations)
    print(f"{len(recordings)} segments written to {OUT_DIR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
