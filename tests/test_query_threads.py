"""Queries a page asks early and reads later (dashboard.data.in_background): on the page run's own
threads, dropped when the run ends, answered at once outside a page run."""

from __future__ import annotations

import threading

import pytest

from dashboard import data


def _thread_name() -> str:
    return threading.current_thread().name


def test_a_page_runs_queries_on_its_own_threads_and_reads_their_answers():
    with data.query_threads():
        asked = [data.in_background(_thread_name) for _ in range(3)]
        names = {answer.result(timeout=10) for answer in asked}
    assert all(name.startswith("aleppo-lens-query") for name in names)
    with data.query_threads():  # another run (another session): threads of its own
        other = data.in_background(_thread_name).result(timeout=10)
    assert other.startswith("aleppo-lens-query")


def test_what_a_run_asked_and_did_not_start_is_dropped_when_the_run_ends():
    release = threading.Event()
    with data.query_threads():
        busy = [data.in_background(release.wait, 10) for _ in range(2)]  # both threads held
        waiting = data.in_background(_thread_name)
    assert waiting.cancelled()  # the run ended (a rerun, a stop) before it started
    release.set()
    assert all(answer.result(timeout=10) for answer in busy)  # those running finish on their own


def test_outside_a_page_run_a_query_is_answered_at_once_errors_included():
    assert data.in_background(_thread_name).result() == threading.current_thread().name
    failed = data.in_background(lambda: 1 / 0)
    assert failed.done()
    with pytest.raises(ZeroDivisionError):
        failed.result()


def test_an_error_on_a_query_thread_reaches_the_page_that_reads_it():
    with data.query_threads():
        failed = data.in_background(lambda: {}["missing"])
        with pytest.raises(KeyError):
            failed.result(timeout=10)
