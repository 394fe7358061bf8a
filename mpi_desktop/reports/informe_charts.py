"""Gráficas 1–11 of the informe, drawn with reportlab.graphics (vector, no image files).

Gráficas 1–10 split a row of Cuadro 3 by profile (odd numbers: a pie, two slices) and by
identity (even numbers: four bars); Gráfica 11 breaks the measures of Cuadro 6 down by type (a
pie). Every value is printed on the chart, so the numbers can be read from the page (and from
the PDF's text) without estimating a bar's height.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from babel.numbers import format_percent
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from mpi_desktop.domain.periods import LOCALE
from mpi_desktop.reports.letterhead import GREY, GUINDA, RULE, fonts
from mpi_desktop.reports.statistics import ChartData, Cuadro6
from mpi_desktop.reports.statistics_measures import CATEGORY_ADJECTIVES

# Guinda and the warm tones of the city's identity, distinguishable in greyscale too.
PALETTE = (GUINDA, colors.HexColor("#BC955C"), colors.HexColor("#235B4E"), colors.HexColor("#6F7271"))
WIDTH = 15.5 * cm
HEIGHT = 5.6 * cm
EMPTY = "Sin casos en el periodo."


@dataclass(frozen=True)
class ChartSpec:
    """What one Gráfica shows: its number, title, kind ("pie" or "bar") and labelled values."""

    number: int
    title: str
    kind: str
    values: tuple[tuple[str, int], ...]

    @property
    def heading(self) -> str:
        return f"GRÁFICA {self.number}. {self.title.upper()}"

    @property
    def total(self) -> int:
        return sum(value for _, value in self.values)


def case_chart(chart: ChartData) -> ChartSpec:
    kind = "pie" if chart.number % 2 else "bar"
    return ChartSpec(chart.number, chart.title, kind, tuple((bar.label, bar.value) for bar in chart.bars))


def measures_chart(cuadro: Cuadro6) -> ChartSpec:
    values = tuple((f"Medidas {CATEGORY_ADJECTIVES[item.category]}", item.measures) for item in cuadro.by_category)
    return ChartSpec(11, "Medidas desglosadas por tipo", "pie", values)


def _text(x: float, y: float, text: str, *, size: float = 7.5, bold: bool = False, anchor: str = "start") -> String:
    f = fonts()
    return String(x, y, text, fontName=f.bold if bold else f.regular, fontSize=size, fillColor=colors.black,
                  textAnchor=anchor)  # fmt: skip


def _empty(drawing: Drawing) -> Drawing:
    drawing.add(Rect(0, 0, WIDTH, HEIGHT, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
    drawing.add(_text(WIDTH / 2, HEIGHT / 2, EMPTY, size=9, anchor="middle"))
    return drawing


def _share(value: int, total: int) -> str:
    return format_percent(value / total, format="#,##0.#%", locale=LOCALE) if total else ""


def pie(spec: ChartSpec) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT)
    if spec.total == 0:
        return _empty(drawing)
    chart = Pie()
    size = HEIGHT - 0.8 * cm
    chart.x, chart.y, chart.width, chart.height = 0.6 * cm, 0.4 * cm, size, size
    shown = [(label, value) for label, value in spec.values if value]
    chart.data = [value for _, value in shown]
    chart.labels = None
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 1
    for index in range(len(shown)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    _legend(drawing, spec.values, spec.total, x=size + 1.6 * cm)
    return drawing


def _legend(drawing: Drawing, values: Sequence[tuple[str, int]], total: int, *, x: float) -> None:
    """Colour key with each value and its share: the figures the chart stands for."""
    step = 0.75 * cm
    top = HEIGHT / 2 + (len(values) - 1) * step / 2
    colour = 0
    for index, (label, value) in enumerate(values):
        y = top - index * step
        fill = PALETTE[colour % len(PALETTE)] if value else colors.white
        colour += 1 if value else 0
        drawing.add(Rect(x, y - 2, 9, 9, fillColor=fill, strokeColor=GREY, strokeWidth=0.4))
        drawing.add(_text(x + 14, y, label))
        share = _share(value, total)
        drawing.add(_text(x + 14, y - 9, f"{value} ({share})" if value else "-", size=7, bold=True))


def bars(spec: ChartSpec) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT)
    if spec.total == 0:
        return _empty(drawing)
    f = fonts()
    chart = VerticalBarChart()
    chart.x, chart.y = 1.2 * cm, 0.9 * cm
    chart.width, chart.height = WIDTH - 2.4 * cm, HEIGHT - 1.5 * cm
    chart.data = [[value for _, value in spec.values]]
    chart.bars[0].fillColor = GUINDA
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 12  # relative to barWidth: each bar about half its slot
    chart.categoryAxis.categoryNames = [label for label, _ in spec.values]
    chart.categoryAxis.labels.fontName = f.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = GREY
    chart.valueAxis.valueMin = 0
    top = max(value for _, value in spec.values)
    chart.valueAxis.valueMax = top * 1.2 if top > 4 else 5
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    chart.valueAxis.labels.fontName = f.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda value: f"{value:.0f}"
    chart.valueAxis.strokeColor = GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barLabelFormat = lambda value: str(int(value)) if value else "-"
    chart.barLabels.fontName = f.bold
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def drawing(spec: ChartSpec) -> Drawing:
    return pie(spec) if spec.kind == "pie" else bars(spec)


__all__ = ["ChartSpec", "case_chart", "drawing", "measures_chart"]
