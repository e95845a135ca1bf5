"""Call control: hold, mute, interpreters, and its 409s."""

from __future__ import annotations

from typing import Any

from tests.server.helpers import Person, World


def _call(world: World, language: str = "en") -> tuple[Person, str, str]:
    person = world.advocate("en")
    sender, session_id = world.contact("call", language=language)
    person.accept(person.offered()["id"])
    return person, sender, session_id


def _control(person: Person, session_id: str, action: str, **kw: Any) -> Any:
    return person.act(session_id, "call", {"action": action, **kw})


def test_hold_and_resume_track_the_time_on_hold(world: World) -> None:
    person, _, call = _call(world)
    held = _control(person, call, "hold")
    assert held.status_code == 200
    assert held.json()["call"]["on_hold"] is True
    assert held.json()["call"]["hold_since"] is not None
    assert _control(person, call, "hold").json()["error"]["code"] == "wrong_state"
    resumed = _control(person, call, "resume").json()["call"]
    assert resumed["on_hold"] is False
    assert resumed["hold_since"] is None
    assert resumed["held_seconds"] > 0
    assert _control(person, call, "resume").status_code == 409


def test_mute_and_unmute(world: World) -> None:
    person, _, call = _call(world)
    assert _control(person, call, "mute").json()["call"]["muted"] is True
    assert _control(person, call, "mute").status_code == 409
    assert _control(person, call, "unmute").json()["call"]["muted"] is False
    assert _control(person, call, "unmute").status_code == 409


def test_an_interpreter_joins_and_leaves_with_a_log_and_system_messages(world: World) -> None:
    person, _, call = _call(world, "vi")
    missing = _control(person, call, "add_interpreter")
    assert missing.status_code == 422
    assert "language" in missing.json()["error"]["fields"]
    joined = _control(person, call, "add_interpreter", language="vi", interpreter_id="IP-4411")
    assert joined.status_code == 200
    interpreter = joined.json()["contact"]["interpreter"]
    assert interpreter["language"] == "vi"
    assert interpreter["interpreter_id"] == "IP-4411"
    assert _control(person, call, "add_interpreter", language="vi").status_code == 409
    left = _control(person, call, "drop_interpreter").json()
    assert left["contact"]["interpreter"] is None
    [entry] = left["interpreter_log"]
    assert entry["language"] == "vi"
    assert entry["interpreter_id"] == "IP-4411"
    assert entry["left_at"] is not None
    assert entry["minutes"] >= 0
    assert _control(person, call, "drop_interpreter").status_code == 409
    messages = person.session(call)["messages"]
    assert [m["author"] for m in messages] == ["system", "system"]


def test_ending_a_call_settles_hold_and_interpreter(world: World) -> None:
    person, _, call = _call(world, "vi")
    _control(person, call, "add_interpreter", language="vi")
    _control(person, call, "hold")
    ended = person.act(call, "end", {"disposition": "crisis"}).json()
    assert ended["call"]["on_hold"] is False
    assert ended["call"]["held_seconds"] > 0
    assert ended["contact"]["interpreter"] is None
    assert ended["interpreter_log"][0]["left_at"] is not None
    assert _control(person, call, "hold").status_code == 409


def test_call_control_is_for_the_advocate_on_an_active_call_only(world: World) -> None:
    person = world.advocate("en")
    _, chat = world.contact("chat")
    person.accept(person.offered()["id"])
    response = _control(person, chat, "hold")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "wrong_state"
    bad = person.act(chat, "call", {"action": "dance"})
    assert bad.status_code == 422
    lead = world.lead()
    _, _, call = _call(world)
    assert _control(lead, call, "hold").status_code == 403
    stranger = world.advocate("en", available=False)
    assert _control(stranger, call, "hold").status_code == 404
