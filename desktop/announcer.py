"""The waiting hall's voice: a chime, then "Nomor antrian, A, nol, nol, satu, silakan menuju loket, dua".

`Announcer.announce()` queues a call and returns at once; calls are played one after another. For each, the
recorded segments that `db.queue.speech.announcement_segments` names (resources/voice/id/<name>.wav, all mono 16-bit
22050 Hz) are joined frame by frame into one in-memory WAV and handed to a sink:

- `SpeakerSink`: QMediaPlayer + QAudioOutput reading the WAV from a QBuffer (no temp files, no espeak-ng at run time);
- `SilentSink` (the default, and what tests use): no audio device, only a timer as long as the WAV would play.

A missing or odd segment is logged and left out; the call's text is still emitted (`started`, `finished`).
"""

from __future__ import annotations

import io
import logging
import wave
from collections import deque
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from db.queue.speech import announcement_segments, announcement_text

log = logging.getLogger("loket.announcer")

CHANNELS, SAMPLE_WIDTH, RATE = 1, 2, 22050
_FRAME_BYTES = CHANNELS * SAMPLE_WIDTH
# How long past the WAV's own length a speaker may take to report the end before the queue moves on anyway
# (a PulseAudio sink was seen reporting it up to 2 s late).
_WATCHDOG_MARGIN_MS = 5000


def default_voice_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("voice/id")))


@dataclass(frozen=True)
class AnnouncementAudio:
    """One call ready to play: a complete WAV file in memory, its length, and the segments that were left out."""

    wav: bytes
    duration_ms: int
    missing: tuple[str, ...] = ()


class VoiceLibrary:
    """Reads segment WAVs from one folder (each once, then kept: the whole set is about 1 MB) and joins them."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or default_voice_dir()
        self._frames: dict[str, bytes | None] = {}

    def frames(self, name: str) -> bytes | None:
        """The PCM frames of segment `name`, or None (logged once) when the file is missing or not in the format."""
        if name not in self._frames:
            self._frames[name] = self._load(name)
        return self._frames[name]

    def _load(self, name: str) -> bytes | None:
        path = self.folder / f"{name}.wav"
        try:
            with wave.open(str(path), "rb") as reader:
                shape = (reader.getnchannels(), reader.getsampwidth(), reader.getframerate())
                if shape != (CHANNELS, SAMPLE_WIDTH, RATE):
                    log.warning(
                        "voice segment %s has format %s, expected %s: left out",
                        path,
                        shape,
                        (CHANNELS, SAMPLE_WIDTH, RATE),
                    )
                    return None
                return reader.readframes(reader.getnframes())
        except (OSError, EOFError, wave.Error) as error:
            log.warning("voice segment %s cannot be read (%s): left out", path, error)
            return None

    def render(self, segments: list[str]) -> AnnouncementAudio:
        """One WAV holding the segments in order; its duration is the sum of theirs."""
        pieces, missing = [], []
        for name in segments:
            frames = self.frames(name)
            if frames is None:
                missing.append(name)
            else:
                pieces.append(frames)
        pcm = b"".join(pieces)
        out = io.BytesIO()
        with wave.open(out, "wb") as writer:
            writer.setnchannels(CHANNELS)
            writer.setsampwidth(SAMPLE_WIDTH)
            writer.setframerate(RATE)
            writer.writeframes(pcm)
        duration_ms = round(len(pcm) // _FRAME_BYTES * 1000 / RATE)
        return AnnouncementAudio(out.getvalue(), duration_ms, tuple(missing))


class AudioSink(QObject):
    """What the announcer plays through: subclasses define `play(audio)`, playing one AnnouncementAudio at a time
    and emitting `done` once when it has ended (or failed)."""

    done = Signal()

    def stop(self) -> None:
        """Abandon the current audio without emitting `done`."""


class SilentSink(AudioSink):
    """Plays nothing: `done` comes after the audio's duration (times `time_scale`, which tests shrink)."""

    def __init__(self, time_scale: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self.time_scale = time_scale
        self.played: deque[AnnouncementAudio] = deque(maxlen=16)  # the latest calls, for tests and diagnostics
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.done)

    def play(self, audio: AnnouncementAudio) -> None:
        self.played.append(audio)
        self._timer.start(round(audio.duration_ms * self.time_scale))

    def stop(self) -> None:
        self._timer.stop()


class SpeakerSink(AudioSink):
    """The hall's speakers through QtMultimedia (FFmpeg backend on Windows and Linux; Linux needs libpulse0).

    The end is taken from the player's EndOfMedia, or from an error (logged), or, should the backend never say,
    from a watchdog a little longer than the audio: the queue never stalls on a sound problem.
    """

    def __init__(self, volume: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._output.setVolume(volume)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.errorOccurred.connect(self._failed)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._timed_out)
        self._buffer: QBuffer | None = None
        self._playing = False
        self._generation = 0  # which play() a late end report belongs to; stale ones are ignored

    def play(self, audio: AnnouncementAudio) -> None:
        self._release_buffer()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(audio.wav))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._playing = True
        self._generation += 1
        self._watchdog.start(audio.duration_ms + _WATCHDOG_MARGIN_MS)
        # The URL only tells the backend the container type; nothing is read from it.
        self._player.setSourceDevice(self._buffer, QUrl("announcement.wav"))
        self._player.play()

    def stop(self) -> None:
        self._playing = False
        self._generation += 1
        self._watchdog.stop()
        self._player.stop()

    # The player's own signals end playback through the event loop: changing the player's source from inside its
    # signal handler (the next call starting at once) deadlocks the FFmpeg backend.
    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._end_soon()

    def _failed(self, error: QMediaPlayer.Error, message: str) -> None:
        log.warning("announcement playback failed (%s): %s", error, message)
        self._end_soon()

    def _end_soon(self) -> None:
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._end() if generation == self._generation else None)

    def _timed_out(self) -> None:
        log.warning("announcement playback did not report its end; moving on")
        self._player.stop()
        self._end()

    def _end(self) -> None:
        if self._playing:
            self._playing = False
            self._watchdog.stop()
            self.done.emit()

    def _release_buffer(self) -> None:
        if self._buffer is not None:
            self._player.setSourceDevice(None)
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None


class Announcer(QObject):
    """Queues queue-call announcements and plays them one after another, never blocking the GUI thread.

    `sink=None` means silent (timing only); pass `SpeakerSink()` for the hall's speakers.
    """

    started = Signal(str)  # the call's text, as it begins to play
    finished = Signal(str)  # the same text, once it has been played

    def __init__(self, sink: AudioSink | None = None, voice_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.sink = sink if sink is not None else SilentSink()
        if self.sink.parent() is None:
            self.sink.setParent(self)
        self.sink.done.connect(self._sink_done)
        self.library = VoiceLibrary(voice_dir)
        self._queue: deque[tuple[str, list[str]]] = deque()
        self._current: str | None = None

    def announce(self, ticket_number: str, counter_number: int, recall: bool = False, agency: str = "") -> str:
        """Queue one call and return its text; `started` follows from the event loop, never from inside this call.
        `agency`: the agency's short name where agencies share the hall ("" names none).

        Raises db.queue.speech.InvalidAnnouncement (a ValueError) for a malformed ticket or counter number.
        """
        segments = announcement_segments(ticket_number, counter_number, recall, agency)
        text = announcement_text(ticket_number, counter_number, recall, agency)
        self._queue.append((text, segments))
        QTimer.singleShot(0, self, self._play_next)
        return text

    def pending(self) -> int:
        """Calls waiting behind the one playing."""
        return len(self._queue)

    def is_busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def clear(self) -> None:
        """Drop the waiting calls and cut the one playing short (no `finished` for it): for closing the hall."""
        self._queue.clear()
        self._current = None
        self.sink.stop()

    def _play_next(self) -> None:
        if self._current is not None or not self._queue:
            return
        text, segments = self._queue.popleft()
        audio = self.library.render(segments)
        if audio.missing:
            log.warning("announcement %r played without segments %s", text, ", ".join(audio.missing))
        self._current = text
        log.info("announcing: %s", text)
        self.started.emit(text)
        if audio.duration_ms == 0:
            QTimer.singleShot(0, self, self._sink_done)
        else:
            self.sink.play(audio)

    def _sink_done(self) -> None:
        text, self._current = self._current, None
        if text is None:
            return
        self.finished.emit(text)
        QTimer.singleShot(0, self, self._play_next)
