"""Loading the console behind its first window: a worker thread, then the GUI thread."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.app.preload import START_LATEST_MS, background_modules, load_while_shown

#: Qt value types (no thread affinity, no QApplication needed) that may be made at import
VALUE_TYPES = frozenset({"QModelIndex", "QPersistentModelIndex", "QColor", "QT_TRANSLATE_NOOP"})


class Stopper(QObject):
    stop = Signal()


@pytest.fixture
def probe_modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path for the small modules a test imports (forgotten afterwards)."""
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.startswith("probe_")]:
        del sys.modules[name]


def probe(folder: Path, name: str) -> None:
    (folder / f"{name}.py").write_text("THREAD = None\n", encoding="utf-8")


def test_the_worker_loads_the_application_layer_and_below_only() -> None:
    names = background_modules()
    assert names[0] == "console.app.runtime"
    assert {"qasync", "console.app.shift", "console.domain.text"} <= set(names)
    assert "console.app.bootstrap" not in names
    assert not [n for n in names if n.startswith("console.app.board")]  # a lead's, loaded then
    assert not [n for n in names if n.startswith(("console.ui", "console.widgets"))]


class PaintedWidget(QWidget):
    """Notes its paints in the same list as the probe modules note their imports."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, event: QPaintEvent) -> None:
        self.events.append("paint")
        super().paintEvent(event)


def test_after_the_first_paint_background_then_foreground_each_on_its_thread(
    qtbot: QtBot, probe_modules: Path
) -> None:
    events: list[str] = []
    sys.modules["probe_events"] = type(sys)("probe_events")
    sys.modules["probe_events"].EVENTS = events  # type: ignore[attr-defined]  # made here
    for name in ("probe_background", "probe_foreground"):
        (probe_modules / f"{name}.py").write_text(
            "import threading\nimport probe_events\n"
            f"probe_events.EVENTS.append('{name}')\nTHREAD = threading.current_thread()\n",
            encoding="utf-8",
        )
    window = PaintedWidget(events)
    qtbot.addWidget(window)
    window.show()
    stopper = Stopper()
    loaded = load_while_shown(
        window, ["probe_foreground"], stop=stopper.stop, background=["probe_background"]
    )
    assert loaded
    assert events[:3] == ["paint", "probe_background", "probe_foreground"]
    assert importlib.import_module("probe_background").THREAD is not threading.main_thread()
    assert importlib.import_module("probe_foreground").THREAD is threading.main_thread()


def test_with_no_paint_the_worker_starts_all_the_same(
    qapp: QApplication, probe_modules: Path
) -> None:
    probe(probe_modules, "probe_background")
    stopper = Stopper()
    never_painted = QObject()
    assert load_while_shown(never_painted, [], stop=stopper.stop, background=["probe_background"])
    assert "probe_background" in sys.modules


def test_stop_returns_false_and_nothing_more_starts(qtbot: QtBot, probe_modules: Path) -> None:
    probe(probe_modules, "probe_background")
    probe(probe_modules, "probe_foreground")
    stopper = Stopper()
    QTimer.singleShot(0, stopper.stop.emit)
    assert not load_while_shown(
        QObject(), ["probe_foreground"], stop=stopper.stop, background=["probe_background"]
    )
    qtbot.wait(START_LATEST_MS + 50)  # past the latest start: nothing is left to run
    assert "probe_foreground" not in sys.modules
    assert "probe_background" not in sys.modules


@pytest.mark.parametrize("where", ["background", "foreground"])
def test_an_import_error_is_raised_on_the_gui_thread(qapp: QApplication, where: str) -> None:
    missing = ["console.no_such_module"]
    stopper = Stopper()
    with pytest.raises(ModuleNotFoundError, match="no_such_module"):
        load_while_shown(
            QObject(),
            missing if where == "foreground" else [],
            stop=stopper.stop,
            background=missing if where == "background" else ["json"],
        )


def _import_time_calls(tree: ast.AST) -> Iterator[ast.Call]:
    """Calls that run when the module is imported (not inside a function body)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            for default in [*args.defaults, *[d for d in args.kw_defaults if d is not None]]:
                yield from (n for n in ast.walk(default) if isinstance(n, ast.Call))
            for decorator in getattr(node, "decorator_list", []):
                yield from (n for n in ast.walk(decorator) if isinstance(n, ast.Call))
            continue
        if isinstance(node, ast.Call):
            yield node
        yield from _import_time_calls(node)


def test_nothing_the_worker_imports_makes_a_qt_object_at_import() -> None:
    """The worker may import a module only if its import makes no QObject, widget, font..."""
    code = (
        "import json, sys; from console.app.preload import background_modules; "
        "import importlib; [importlib.import_module(n) for n in background_modules()]; "
        "print(json.dumps(sorted(n for n, m in sys.modules.items() "
        "if n.startswith('console') and getattr(m, '__file__', None))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = json.loads(done.stdout)
    assert "console.app.runtime" in loaded
    assert not [n for n in loaded if n.startswith(("console.ui", "console.widgets"))]
    made: list[str] = []
    for name in loaded:
        path = importlib.util.find_spec(name).origin  # type: ignore[union-attr]  # a file
        assert path is not None
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for call in _import_time_calls(tree):
            callee = ast.unparse(call.func)
            if any(p.startswith("Q") for p in callee.split(".")) and callee not in VALUE_TYPES:
                made.append(f"{name}:{call.lineno}: {callee}")
    assert made == []
