// machine.Timer: [type, id, callback, slot, mode, period (ms)]. A running timer is attached; its HAL
// timer fires the callback through the schedule queue (base.ts), so it runs between instructions,
// or when the program sleeps or has ended (the REPL is idle).

import { i32, pushRoot, popRoots } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, valueError } from "../core/obj";
import { isCallable } from "../core/runtime";
import { toFloat } from "../builtins/modutil";
import { hal, need, newObj, fld, setFld, parse, intOr, defClass, attach, detach, fire, M, idOf, peripheralMethods } from "./base";

const ONE_SHOT = 0,
  PERIODIC = 1;
const F_MODE = 0,
  F_PERIOD = 1;

let T_TIMER = 0;

// init(*, mode=PERIODIC, period=-1, freq=-1, callback=None) from argument k on
function init(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, [Q.mode, Q.period, Q.freq, Q.callback], k);
  detach(o);
  const mode = intOr(p[0], PERIODIC);
  if (mode !== ONE_SHOT && mode !== PERIODIC) valueError("invalid mode");
  let period = intOr(p[1], -1);
  if (p[2] !== 0 && p[2] !== C.None) {
    const f = toFloat(p[2]);
    if (!(f > 0)) valueError("invalid freq");
    period = 1000 / f;
  }
  if (period < 0) period = 1000;
  const cb = p[3] === 0 ? C.None : p[3];
  if (cb !== C.None && !isCallable(cb)) valueError("callback must be None or callable");
  i32[(o >> 2) + M.handler] = cb;
  setFld(o, F_MODE, mkInt(mode));
  setFld(o, F_PERIOD, mkInt(Math.round(period)));
  const set = need(hal.timerSet, "Timer");
  const st = attach(o, { undo: hal.timerClear });
  st.h = set(
    function () {
      fire(o);
      if (mode === ONE_SHOT) detach(o);
    },
    period,
    mode === PERIODIC,
  );
}

export function initTimer(): number {
  T_TIMER = defClass(
    Q.Timer,
    function (a, n, kw, nkw) {
      const o = newObj(T_TIMER, 2, mkInt(intOr(n > 0 ? i32[a] : 0, -1)));
      if (n > 1 || nkw > 0) {
        pushRoot(o);
        init(o, a, n, kw, nkw, 1);
        popRoots(1);
      }
      return o;
    },
    function (o) {
      const m = fld(o, F_MODE);
      return "Timer(" + (idOf(o) >> 1) + (m === C.None ? "" : ", mode=" + (m === mkInt(ONE_SHOT) ? "ONE_SHOT" : "PERIODIC") + ", period=" + (fld(o, F_PERIOD) >> 1)) + ")";
    },
    peripheralMethods(init),
    [Q.ONE_SHOT, ONE_SHOT, Q.PERIODIC, PERIODIC],
  );
  return T_TIMER;
}
