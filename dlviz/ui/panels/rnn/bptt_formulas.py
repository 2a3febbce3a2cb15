"""The equations of one backward step of BPTT with one unit's numbers filled in, as HTML
for the panel's equations box. The numbers are ``dlviz.core.bptt.bptt_step_detail``'s (the
backward ones) and ``dlviz.core.rnn.step_detail``'s (the forward values they use)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlviz.core import rnn

from .formulas import _term, fmt_num
from .views import COLORS


def _tr(text: str) -> str:
    return QCoreApplication.translate("RnnPanel", text)


def _num(v: float) -> str:
    """Gradients get small: three significant digits, a real minus sign."""
    a = abs(v)
    if a == 0.0:
        return "0"
    text = f"{v:.3f}" if 1e-3 <= a < 1e4 else f"{v:.2e}"
    return text.replace("-", "−")


def _t(v: float) -> str:  # a factor after an operator: negative ones in brackets
    s = _num(v)
    return f"({s})" if s.startswith("−") else s


def bptt_html(rec: rnn.BpttRecord, t: int, unit: int, c: dict) -> str:
    """The backward equations of ``rec`` at step ``t`` (from 0) for ``unit`` (colours ``c``:
    fg, muted, note)."""
    tr = rec.trace
    d = rnn.bptt_step_detail(rec, t, unit)
    f = rnn.step_detail(tr, t, unit)
    steps = rec.steps
    last = t == steps - 1

    def g(name, sub="t"):
        color = COLORS.get(name, c["fg"])
        return f"δ<b style='color:{color}'>{name}</b><sub>{sub}</sub>"

    def a(name):
        return f"δa<sub>{name}</sub>"

    rows = []
    rows.append((f"{g('h')} = {_tr('output')} + {_tr('from t+1')}",
                 f"{_num(d['dh_output'])} + {_t(d['dh_later'])}", d["dh"], ""))
    if tr.kind == "lstm":
        o, i, gg, ff = d["o"], d["i"], d["g"], d["f"]
        tc = fmt_num(float(np.tanh(f["c"])))
        rows.append((f"{g('o')} = {g('h')} ⊙ tanh(c<sub>t</sub>)", f"{_num(d['dh'])} × {tc}", o["value_grad"], "o"))
        rows.append((f"{g('c')} = {g('h')} ⊙ o<sub>t</sub> ⊙ (1 − tanh²c<sub>t</sub>) + {g('c', 't+1')} ⊙ "
                     f"f<sub>t+1</sub>", f"{_num(d['dc_from_h'])} + {_t(d['dc_later'])}", d["dc"], ""))
        rows.append((f"{g('i')} = {g('c')} ⊙ g<sub>t</sub>", f"{_num(d['dc'])} × {_term(gg['value'])}",
                     i["value_grad"], "i"))
        rows.append((f"{g('f')} = {g('c')} ⊙ c<sub>t−1</sub>", f"{_num(d['dc'])} × {_term(f['c_prev'])}",
                     ff["value_grad"], "f"))
        rows.append((f"{g('g')} = {g('c')} ⊙ i<sub>t</sub>", f"{_num(d['dc'])} × {_term(i['value'])}",
                     gg["value_grad"], "g"))

    elif tr.kind == "gru":
        z, n, r = d["z"], d["n"], d["r"]
        rows.append((f"{g('n')} = {g('h')} ⊙ (1 − z<sub>t</sub>)", f"{_num(d['dh'])} × (1 − {fmt_num(z['value'])})",
                     n["value_grad"], "n"))
        rows.append((f"{g('z')} = {g('h')} ⊙ (h<sub>t−1</sub> − n<sub>t</sub>)",
                     f"{_num(d['dh'])} × ({fmt_num(f['h_prev'])} − {_term(n['value'])})", z["value_grad"], "z"))
        rows.append((f"{g('r')} = {a('n')} ⊙ (W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>)",
                     f"{_num(n['grad'])} × {_term(f['n']['h_term'])}", r["value_grad"], "r"))
    else:
        p = d["pre"]
        act = "tanh′(a<sub>t</sub>) = 1 − h<sub>t</sub>²" if tr.nonlinearity == "tanh" else "relu′(a<sub>t</sub>)"
        rows.append((f"δa<sub>t</sub> = {g('h')} ⊙ {act}", f"{_num(d['dh'])} × {fmt_num(p['local'])}",
                     p["grad"], ""))
    sym_w = "W<sub>hh</sub>"
    if t > 0:
        back = rnn.bptt_step_detail(rec, t - 1, unit)["dh_later"]
        rows.append((f"{_tr('to t−1')}: ({sym_w}ᵀ δa<sub>t</sub>)<sub>k</sub>", "", back, ""))

    def pre_cells(gate, val):  # the gate's pre-activation: the row's value × the activation's slope
        if not gate:
            return "<td></td><td></td>"
        e = d[gate]
        slope = "tanh′" if gate in ("g", "n") else "σ′"
        return (f"<td style='padding-left:14px'>→ {a(gate)} = {_num(val)} × {slope} <span style='color:{c['muted']}'>"
                f"({fmt_num(e['local'])})</span></td><td><b>&nbsp;= {_num(e['grad'])}</b></td>")

    cells = "".join(
        f"<tr><td style='padding-right:12px'>{eq}</td>"
        f"<td style='color:{c['muted']}; padding-right:8px'>{'= ' + nums if nums else ''}</td>"
        f"<td><b>= {_num(val)}</b></td>{pre_cells(gate, val)}</tr>"
        for eq, nums, val, gate in rows
    )
    head = _tr("δx is ∂L/∂x, the gradient of the loss on x; unit k = {0} at t = {1} of {2}").format(
        unit, t + 1, steps)
    html = (f"<div style='color:{c['fg']}'><div style='color:{c['muted']}'>{head}</div>"
            f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    notes = []
    if last:
        notes.append(_tr("The loss reads only the last step: its part fcᵀ(p − y) enters here, and nothing comes "
                         "from later."))
    else:
        notes.append(_tr("The loss reads only the last step: at the other steps the whole gradient comes from "
                         "step t+1."))
    if tr.kind == "rnn":
        notes.append(_tr("A simple RNN multiplies the gradient by W<sub>hh</sub>ᵀ and by the activation's slope at "
                         "every step back: over many steps it shrinks towards zero (the vanishing gradient)."))
    elif tr.kind == "lstm":
        notes.append(_tr("The cell state's own path back is only × f<sub>t+1</sub>, with no squashing: a forget "
                         "gate near 1 carries the gradient far back."))
    else:
        notes.append(_tr("The GRU's path back through z<sub>t</sub> ⊙ h<sub>t−1</sub> is only × z: an update gate "
                         "near 1 carries the gradient far back."))
    html += f"<div style='color:{c['note']}; margin-top:4px'>{' '.join(notes)}</div>"
    return html + "</div>"
