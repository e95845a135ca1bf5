"""The reconnect back-off: exponential ceiling, capped, full jitter, reset."""

from __future__ import annotations

import random

import pytest

from console.net.backoff import Backoff


def test_ceilings_double_from_half_a_second_up_to_thirty() -> None:
    policy = Backoff()
    assert [policy.ceiling(n) for n in range(8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert policy.ceiling(10_000) == 30.0


def test_every_delay_lies_between_zero_and_its_ceiling() -> None:
    policy = Backoff(rng=random.Random(1))
    for n in range(40):
        ceiling = policy.ceiling()
        delay = policy.next_delay()
        assert 0.0 <= delay <= ceiling
        assert policy.attempt == n + 1


def test_full_jitter_spreads_delays_over_the_whole_range() -> None:
    rng = random.Random(7)
    delays = []
    for _ in range(2000):
        policy = Backoff(rng=rng, attempt=6)  # ceiling 30 s
        delays.append(policy.next_delay())
    assert min(delays) < 1.0
    assert max(delays) > 29.0
    assert 13.5 < sum(delays) / len(delays) < 16.5


def test_same_seed_same_delays() -> None:
    first = Backoff(rng=random.Random(42))
    second = Backoff(rng=random.Random(42))
    assert [first.next_delay() for _ in range(10)] == [second.next_delay() for _ in range(10)]


def test_reset_starts_again_from_the_base() -> None:
    policy = Backoff(rng=random.Random(3))
    for _ in range(10):
        policy.next_delay()
    assert policy.ceiling() == 30.0
    policy.reset()
    assert policy.attempt == 0
    assert policy.next_delay() <= 0.5


@pytest.mark.parametrize(("base", "cap"), [(0.0, 30.0), (-1.0, 30.0), (40.0, 30.0)])
def test_rejects_a_nonsense_policy(base: float, cap: float) -> None:
    with pytest.raises(ValueError):
        Backoff(base=base, cap=cap)
