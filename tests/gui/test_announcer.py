"""The hall announcer: calls queue and play one after another; the joined WAV is exactly its segments."""

from __future__ import annotations

import io
import logging
import shutil
import wave

import pytest

from db.queue.speech import InvalidAnnouncement, announcement_segments
from desktop.announcer import Announcer, SilentSink, SpeakerSink, VoiceLibrary, default_voice_dir

FIRST = "Nomor antrian, A, nol, nol, satu, silakan menuju loket, dua"
SECOND = "Panggilan ulang, nomor antrian, B, seratus dua puluh tiga, silakan menuju loket, sebelas"


@pytest.fixture
def announcer(qtbot):
    # A hundredth of real time: the same queue and timers, without waiting 17 s for two calls.
    announcer = Announcer(sink=SilentSink(time_scale=0.01))
    yield announcer
    announcer.clear()


def _record(announcer):
    events = []
    announcer.started.connect(lambda text: events.append(("started", text)))
    announcer.finished.connect(lambda text: events.append(("finished", text)))
    return events


def test_two_calls_play_in_order_one_after_another(qtbot, announcer):
    events = _record(announcer)
    with qtbot.waitSignal(announcer.finished, timeout=5000, check_params_cb=lambda text: text == SECOND):
        assert announcer.announce("A-001", 2) == FIRST
        assert announcer.announce("B-123", 11, recall=True) == SECOND
        assert events == []  # announce() only queues; playing starts from the event loop
        assert announcer.is_busy()
    assert events == [("started", FIRST), ("finished", FIRST), ("started", SECOND), ("finished", SECOND)]
    assert not announcer.is_busy()
    played = announcer.sink.played
    assert [audio.duration_ms for audio in played] == [
        announcer.library.render(announcement_segments("A-001", 2)).duration_ms,
        announcer.library.render(announcement_segments("B-123", 11, recall=True)).duration_ms,
    ]
    assert all(audio.missing == () for audio in played)


def test_a_call_queued_while_one_plays_waits_for_it(qtbot, announcer):
    events = _record(announcer)
    with qtbot.waitSignal(announcer.started, timeout=5000):
        announcer.announce("A-001", 2)
    second = announcer.announce("A-002", 2)
    assert announcer.pending() == 1
    assert events == [("started", FIRST)]
    with qtbot.waitSignal(announcer.finished, timeout=5000, check_params_cb=lambda text: text == second):
        pass
    assert events == [("started", FIRST), ("finished", FIRST), ("started", second), ("finished", second)]


def test_the_silent_sink_takes_as_long_as_the_audio(qtbot):
    # Real time here, on purpose: the silent sink's timing is the WAV's duration, not a guess.
    announcer = Announcer(sink=None)
    assert isinstance(announcer.sink, SilentSink)
    audio = announcer.library.render(["huruf_a"])
    with qtbot.waitSignal(announcer.sink.done, timeout=5000):
        announcer.sink.play(audio)
        assert announcer.sink._timer.interval() == audio.duration_ms


def test_joined_wav_lasts_exactly_the_sum_of_its_segments():
    segments = announcement_segments("A-012", 11, recall=True)
    audio = VoiceLibrary().render(segments)
    frames = 0
    for name in segments:
        with wave.open(str(default_voice_dir() / f"{name}.wav"), "rb") as reader:
            frames += reader.getnframes()
    with wave.open(io.BytesIO(audio.wav), "rb") as joined:
        assert (joined.getnchannels(), joined.getsampwidth(), joined.getframerate()) == (1, 2, 22050)
        assert joined.getnframes() == frames
    assert audio.duration_ms == round(frames * 1000 / 22050)
    assert audio.missing == ()


def test_a_missing_segment_is_logged_and_the_call_still_happens(qtbot, tmp_path, caplog):
    for path in default_voice_dir().glob("*.wav"):
        if path.stem != "huruf_a":
            shutil.copy(path, tmp_path)
    (tmp_path / "dua.wav").write_bytes(b"not a wav")
    announcer = Announcer(sink=SilentSink(time_scale=0.01), voice_dir=tmp_path)
    with caplog.at_level(logging.WARNING, logger="loket.announcer"):
        with qtbot.waitSignal(announcer.finished, timeout=5000) as blocker:
            announcer.announce("A-001", 2)
    assert blocker.args == [FIRST]
    assert announcer.sink.played[0].missing == ("huruf_a", "dua")
    assert "huruf_a" in caplog.text and "dua" in caplog.text


def test_no_voice_at_all_still_emits_the_text(qtbot, tmp_path):
    announcer = Announcer(voice_dir=tmp_path / "nowhere")
    with qtbot.waitSignals([announcer.started, announcer.finished], timeout=5000):
        announcer.announce("C-5", 1)
    assert list(announcer.sink.played) == []


def test_a_malformed_ticket_is_refused_at_once(announcer):
    with pytest.raises(InvalidAnnouncement):
        announcer.announce("001", 2)
    assert not announcer.is_busy()


# A machine without a sound server (CI, this container) has QtMultimedia say so; the player still runs on its clock.
@pytest.mark.qt_log_ignore("PulseAudioService", "No audio device detected", "Couldn't (load|resolve)", "pipewire")
def test_the_speaker_sink_plays_back_to_back_through_qtmultimedia(qtbot):
    sink = SpeakerSink()
    audio = VoiceLibrary().render(["huruf_a"])
    ends = []

    def next_call():  # the announcer starts the next call from the end of the previous one: that must not hang
        ends.append(len(ends) + 1)
        if len(ends) == 1:
            sink.play(audio)

    sink.done.connect(next_call)
    with qtbot.waitSignal(sink.done, timeout=15_000, check_params_cb=lambda: len(ends) == 2):
        sink.play(audio)
    assert ends == [1, 2]
    sink.stop()
