"""PyTorch's equations of the traced cell with one unit's numbers filled in, as HTML for
the panel's equations box. The numbers are ``dlviz.core.rnn.step_detail``'s."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dlviz.core import rnn

from .views import COLORS



def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def fmt_num(v: float) -> str:
    """A number as the equations show it: three decimals, a real minus sign."""
    text = f"{v:.3f}"
    if text in ("-0.000", "0.000"):
        return "0.000"
    return text.replace("-", "−")


def _term(v: float) -> str:  # a factor after an operator: negative ones in brackets
    return f"({fmt_num(v)})" if fmt_num(v).startswith("−") else fmt_num(v)


def _plus(v: float) -> str:  # "+ 0.5" / "− 0.5"
    return f"− {fmt_num(-v)}" if fmt_num(v).startswith("−") else f"+ {fmt_num(v)}"


def gru_note() -> str:
    return _tr(
        "Note: the source tutorial mixes the old and new state with the reset gate r — that is "
        "wrong. The update gate z does the mixing (h<sub>t</sub> = (1 − z) ⊙ n + z ⊙ h<sub>t−1</sub>); "
        "r only scales the hidden term inside the candidate n. PyTorch applies r to "
        "(W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>), the cuDNN form; Cho et al. (2014) apply "
        "it to h<sub>t−1</sub> before W<sub>hn</sub>.")


def formula_html(tr: rnn.RnnTrace, t: int, unit: int, c: dict) -> str:
    """The equations of ``tr``'s cell at step ``t`` for ``unit`` (colours ``c``: fg, muted,
    note)."""
    d = rnn.step_detail(tr, t, unit)
    num = fmt_num

    def sym(name, sub="t"):
        return f"<b style='color:{COLORS.get(name, c['fg'])}'>{name}</b><sub>{sub}</sub>"

    rows = []

    def gate_row(name, act):
        g = d[name]
        eq = (f"{sym(name)} = {act}(W<sub>i{name}</sub>x<sub>t</sub> + b<sub>i{name}</sub> + "
              f"W<sub>h{name}</sub>h<sub>t−1</sub> + b<sub>h{name}</sub>)")
        nums = f"{act}({num(g['x_term'])} {_plus(g['h_term'])}) = {act}({num(g['pre'])})"
        rows.append((eq, nums, g["value"]))

    if tr.kind == "lstm":
        for name, act in (("i", "σ"), ("f", "σ"), ("g", "tanh"), ("o", "σ")):
            gate_row(name, act)
        rows.append((f"{sym('c')} = {sym('f')} ⊙ c<sub>t−1</sub> + {sym('i')} ⊙ {sym('g')}",
                     f"{num(d['f']['value'])} × {_term(d['c_prev'])} + {num(d['i']['value'])} × "
                     f"{_term(d['g']['value'])}", d["c"]))
        rows.append((f"{sym('h')} = {sym('o')} ⊙ tanh({sym('c')})",
                     f"{num(d['o']['value'])} × tanh({num(d['c'])})", d["h"]))
        note = ""
    elif tr.kind == "gru":
        gate_row("r", "σ")
        gate_row("z", "σ")
        n = d["n"]
        rows.append((f"{sym('n')} = tanh(W<sub>in</sub>x<sub>t</sub> + b<sub>in</sub> + {sym('r')} ⊙ "
                     f"(W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>))",
                     f"tanh({num(n['x_term'])} + {num(d['r']['value'])} × {_term(n['h_term'])}) = "
                     f"tanh({num(n['pre'])})", n["value"]))
        rows.append((f"{sym('h')} = (1 − {sym('z')}) ⊙ {sym('n')} + {sym('z')} ⊙ h<sub>t−1</sub>",
                     f"(1 − {num(d['z']['value'])}) × {_term(n['value'])} + {num(d['z']['value'])} × "
                     f"{_term(d['h_prev'])}", d["h"]))
        note = gru_note()
    else:
        p = d["pre"]
        a = f"<b style='color:{COLORS['pre']}'>a</b><sub>t</sub>"
        rows.append((f"{a} = W<sub>ih</sub>x<sub>t</sub> + b<sub>ih</sub> + W<sub>hh</sub>h<sub>t−1</sub> + "
                     f"b<sub>hh</sub>", f"{num(p['x_term'])} {_plus(p['h_term'])}", p["pre"]))
        act = tr.nonlinearity
        rows.append((f"{sym('h')} = {act}(a<sub>t</sub>)", f"{act}({num(p['pre'])})", d["h"]))
        note = _tr("A simple RNN has no gates: the whole past must pass through one {0} each step, "
                   "which is why long sequences fade (vanishing gradients).").format(act)

    cells = "".join(
        f"<tr><td style='padding-right:14px'>{eq}</td>"
        f"<td style='color:{c['muted']}; padding-right:8px'>= {nums}</td>"
        f"<td><b>= {num(val)}</b></td></tr>"
        for eq, nums, val in rows
    )
    head = _tr("unit k = {0}, previous state h<sub>t−1</sub>[k] = {1}").format(unit, num(d["h_prev"]))
    if tr.c is not None:
        head += _tr(", c<sub>t−1</sub>[k] = {0}").format(num(d["c_prev"]))
    html = (f"<div style='color:{c['fg']}'><div style='color:{c['muted']}'>{head}</div>"
            f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    if note:
        html += f"<div style='color:{c['note']}; margin-top:4px'>{note}</div>"
    return html + "</div>"
