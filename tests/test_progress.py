from __future__ import annotations

import threading

from narrate.progress import ENCODING, MEASURING, READING, SPEAKING, Event, Tracker, weights


def test_the_fraction_weighs_each_stage_and_never_goes_back() -> None:
    events: list[Event] = []
    tracker = Tracker(events.append, {READING: 1, SPEAKING: 3, ENCODING: 6})
    tracker.update(READING, 1, 1)
    tracker.update(SPEAKING, 5, 10)
    tracker.update(ENCODING, 1, 4)
    assert [round(e.fraction, 3) for e in events] == [0.1, 0.25, 0.4]
    tracker.update(ENCODING, 0, 4)  # an encode that starts over
    tracker.update(MEASURING, 0, 0)  # a stage with no weight, and no units yet
    assert [e.fraction for e in events[-2:]] == [events[2].fraction] * 2
    assert events[-1] == Event(MEASURING, 0, 0, events[2].fraction)
    tracker.update(SPEAKING, 10, 10)
    tracker.update(ENCODING, 4, 4)
    assert events[-1].fraction == 1.0


def test_every_format_spends_its_whole_run() -> None:
    for mp3 in (True, False):
        for measured in (True, False):
            assert abs(sum(weights(mp3, measured).values()) - 1.0) < 1e-9
    assert MEASURING in weights(False, True) and MEASURING not in weights(False, False)


def test_updates_from_several_threads_all_count() -> None:
    events: list[Event] = []
    tracker = Tracker(events.append, {ENCODING: 1})
    counter = tracker.counter(ENCODING, 400)
    threads = [
        threading.Thread(target=lambda n=n: [counter(n * 100 + i) for i in range(1, 101)])
        for n in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(events) == 400
    assert tracker.fraction == 1.0
