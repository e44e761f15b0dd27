"""Journey Designer benchmark: figures and ratios against baselines measured in the same run.

    python tests/benchmarks/run.py [--quick] [--json]

Each ratio compares our code with a baseline doing the least the same job needs, on this machine
and in this run, so the figures travel between machines. It is a script, not a test: nothing
here fails on a slow machine. Targets (from the project's issue) are printed beside each figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import big_project  # noqa: E402

TARGETS = {
    "startup_ratio": ("≤", 2.0),
    "open_5k_s": ("≤", 1.0),
    "open_20k_s": ("≤", 3.0),
    "open_scaling": ("≤", 12.0),
    "move_5k_ms": ("≤", 10.0),
    "move_scaling": ("≤", 4.0),
    "frame_5k_ms": ("≤", 16.0),
    "frame_fit_5k_ms": ("≤", 16.0),
    "load_ratio": ("≤", 3.0),
    "save_ratio": ("≤", 3.0),
    "pdf_ratio": ("≤", 1.5),
    "rss_20k_mb": ("≤", 350.0),
}

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.exit(0)
        return False
window.installEventFilter(Painted(window))
window.resize(1400, 900)
window.show()
app.exec()
"""

APP_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from journeydesigner.app import main
from PySide6.QtWidgets import QApplication
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "qt_scrollarea_viewport":
            print("painted", flush=True)
            QApplication.instance().exit(0)
        return False
app = QApplication(sys.argv[:1])
app.installEventFilter(Painted(app))
main.run(None)
"""

RSS_CHILD = """
import resource, sys
sys.path.insert(0, {here!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from journeydesigner.app.window import MainWindow
window = MainWindow()
window.resize(1600, 900)
window.show()
window.open_path(Path({path!r}))
window.view.viewport().grab()
# The peak of this process alone: ru_maxrss survives exec and so starts at the parent's size.
try:
    status = Path("/proc/self/status").read_text()
    print(int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) / 1024)
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _median(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _time_until_painted(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.kill()
    process.wait()
    if "painted" not in line:
        raise RuntimeError("the window never painted")
    return elapsed


def startup(repeat: int, home: str) -> dict[str, float]:
    """Start to first painted window: the app on its sample, over a bare QMainWindow.

    Our modules are compiled to bytecode first, as an installed copy or the bundle has them: with
    PYTHONDONTWRITEBYTECODE set (as on the project's machines) each start would otherwise compile
    every module from source, a cost the one-line baseline does not have and users never pay.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "journeydesigner")], check=True
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_DATA_HOME": home}
    bare = min(_time_until_painted(BARE_WINDOW, env) for _ in range(repeat))
    ours = min(_time_until_painted(APP_WINDOW, env) for _ in range(repeat))
    return {"startup_s": ours, "startup_bare_s": bare, "startup_ratio": ours / bare}


def editor_figures(sizes: list[int], repeat: int, folder: Path) -> dict[str, float]:
    """Open, move and repaint in a real window, offscreen."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from journeydesigner.app.window import MainWindow
    from journeydesigner.io.save import write_project

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("journeydesigner-benchmark")
    figures: dict[str, float] = {}
    for size in sizes:
        path = folder / f"big-{size}.journey"
        write_project(big_project(size), path)
        window = MainWindow()
        window.resize(1600, 900)
        window.show()

        def open_it(w: MainWindow = window, p: Path = path) -> None:
            w.stack.setClean()
            w.open_path(p)
            w.view.viewport().grab()

        figures[f"open_{size // 1000}k_s"] = _median(open_it, max(1, repeat // 2))
        journey_map = window.document.map("big")
        card = journey_map.cards[len(journey_map.cards) // 2]
        steps = [s.id for s in journey_map.steps()]
        targets = [s for s in steps if s != card.step_id][:repeat]
        moves = iter(targets * 2)

        def move(
            w: MainWindow = window,
            cid: str = card.id,
            lane: str = card.lane_id,
            steps_left: Iterator[str] = moves,
        ) -> None:
            w.editor.move_cards("big", [cid], next(steps_left), lane, 0)

        figures[f"move_{size // 1000}k_ms"] = _median(move, repeat) * 1000
        viewport = window.view.viewport()
        window.view.reset_zoom()
        figures[f"frame_{size // 1000}k_ms"] = _median(viewport.grab, repeat) * 1000
        window.view.fit()
        figures[f"frame_fit_{size // 1000}k_ms"] = _median(viewport.grab, repeat) * 1000
        window.stack.setClean()
        window.close()
        window.deleteLater()
        # Really free it: later figures should not run beside a 20,000-card window.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    return figures


def file_figures(size: int, repeat: int) -> dict[str, float]:
    """Our load and save of a big file over plain json.loads / json.dumps of the same data."""
    from journeydesigner.io import parse_project, serialise_project

    data = serialise_project(big_project(size))
    plain = json.loads(data)
    load = _median(lambda: parse_project(data), repeat)
    load_bare = _median(lambda: json.loads(data), repeat)
    project = parse_project(data)
    save = _median(lambda: serialise_project(project), repeat)
    save_bare = _median(lambda: json.dumps(plain, ensure_ascii=False, indent=2), repeat)
    return {
        "load_s": load,
        "load_bare_s": load_bare,
        "load_ratio": load / load_bare,
        "save_s": save,
        "save_bare_s": save_bare,
        "save_ratio": save / save_bare,
    }


def pdf_figures(size: int, repeat: int) -> dict[str, float]:
    """Our PDF of a map over reportlab drawing as many rounded boxes with escaped Paragraphs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A0, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from journeydesigner.export.fonts import bundled_fonts
    from journeydesigner.export.pdf import PdfOptions, page_setup, render_pdf

    project = big_project(size)
    bundled_fonts()  # registered once, outside the timing, for both
    ours = _median(
        lambda: render_pdf(project, project.maps, PdfOptions(page_setup("5000x3000mm"), "fit")),
        repeat,
    )
    texts = [card.text for card in project.maps[0].cards]
    style = ParagraphStyle("card", fontName="JD-NotoSans", fontSize=6, leading=7.5)

    def bare() -> None:
        import io

        canvas = Canvas(io.BytesIO(), pagesize=landscape(A0), invariant=1)
        for index, text in enumerate(texts):
            x, y = 20 + (index % 60) * 55, 20 + (index // 60) * 10
            canvas.roundRect(x, y, 50, 9, 2, stroke=1, fill=0)
            paragraph = Paragraph(escape(text), style)
            paragraph.wrapOn(canvas, 48, 40)
            paragraph.drawOn(canvas, x + 1, y + 1)
        canvas.save()

    baseline = _median(bare, repeat)
    return {"pdf_s": ours, "pdf_bare_s": baseline, "pdf_ratio": ours / baseline}


def rss_figure(size: int, folder: Path) -> dict[str, float]:
    """Peak memory of the editor with a big map open, in a fresh process."""
    from journeydesigner.io.save import write_project

    path = folder / f"rss-{size}.journey"
    write_project(big_project(size), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", RSS_CHILD.format(here=str(ROOT), path=str(path))],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    return {f"rss_{size // 1000}k_mb": float(result.stdout.strip().splitlines()[-1])}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller maps")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    repeat = 3 if args.quick else 9
    sizes = [2000, 5000] if args.quick else [2000, 5000, 20000]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        figures.update(startup(2 if args.quick else 5, scratch))
        figures.update(editor_figures(sizes, repeat, folder))
        big = max(sizes)
        figures.update(file_figures(20000, 3 if args.quick else 5))
        figures.update(pdf_figures(2000, 2 if args.quick else 3))
        figures.update(rss_figure(20000, folder))
    first = min(sizes)
    figures["open_scaling"] = (
        figures[f"open_{big // 1000}k_s"] / figures[f"open_{first // 1000}k_s"]
    )
    figures["move_scaling"] = (
        figures[f"move_{big // 1000}k_ms"] / figures[f"move_{first // 1000}k_ms"]
    )
    if args.json:
        print(json.dumps({key: round(value, 4) for key, value in figures.items()}, indent=2))
        return 0
    print(f"{'figure':<22}{'value':>12}  target")
    for key, value in figures.items():
        sign, target = TARGETS.get(key, ("", None))
        verdict = ""
        if target is not None:
            verdict = f"{sign} {target:g}  " + ("met" if value <= target else "NOT MET")
        print(f"{key:<22}{value:>12.3f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
