// machine.PWM: [type, pin, None, slot, freq, duty_u16, running]. The HAL gets the frequency and the
// duty as a fraction each time one of them changes.

import { i32 } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, valueError } from "../core/obj";
import { hal, need, noPin, newObj, fld, setFld, self, parse, intOr, pinName, pinValue, pinText, defClass, fieldsText, idOf, initMethod } from "./base";

const F_FREQ = 0,
  F_DUTY = 1,
  F_ON = 2;
const MAX_FREQ = 40000000;

let T_PWM = 0;

function apply(o: number): void {
  need(hal.pwmSet, "PWM")(pinName(idOf(o)), fld(o, F_FREQ) >> 1, (fld(o, F_DUTY) >> 1) / 65535);
  setFld(o, F_ON, C.True);
}

function setFreq(o: number, f: number): void {
  if (f <= 0 || f > MAX_FREQ) valueError("freq must be from 1Hz to 40MHz");
  setFld(o, F_FREQ, mkInt(f));
}

function setDuty(o: number, d: number): void {
  setFld(o, F_DUTY, mkInt(d < 0 ? 0 : d > 65535 ? 65535 : d));
}

// the duty from nanoseconds of high level at the current frequency
function setNs(o: number, ns: number): void {
  setDuty(o, Math.round((ns * (fld(o, F_FREQ) >> 1) * 65536) / 1e9));
}

// what sets freq, duty_u16, duty_ns
const SET = [setFreq, setDuty, setNs];

// init(*, freq, duty_u16, duty_ns) from argument k on
function init(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, [Q.freq, Q.duty_u16, Q.duty_ns], k);
  for (let j = 0; j < 3; j++) if (p[j] !== 0) SET[j](o, intOr(p[j], j === 0 ? 5000 : 0));
  apply(o);
}

// freq([value]), duty_u16([value]), duty_ns([value]) for j 0, 1, 2: the value, or a new one that
// changes the signal
function property(j: number): (a: number, n: number) => number {
  return function (a, n) {
    const o = self(a);
    if (n < 2) return j < 2 ? fld(o, j) : mkInt(Math.round(((fld(o, F_DUTY) >> 1) * 1e9) / 65536 / (fld(o, F_FREQ) >> 1)));
    SET[j](o, intOr(i32[a + 1], 0));
    apply(o);
    return C.None;
  };
}

export function initPWM(): number {
  T_PWM = defClass(
    Q.PWM,
    function (a, n, kw, nkw) {
      if (n < 1) noPin();
      const o = newObj(T_PWM, 3, pinValue(pinName(i32[a])));
      setFld(o, F_FREQ, mkInt(5000));
      setFld(o, F_DUTY, mkInt(32768));
      init(o, a, n, kw, nkw, 1);
      return o;
    },
    function (o) {
      return "PWM(Pin(" + pinText(o) + "), " + fieldsText(o, [Q.freq, Q.duty_u16], 0) + ")";
    },
    initMethod(init).concat([
      Q.freq, 1, 2, property(0),
      Q.duty_u16, 1, 2, property(1),
      Q.duty_ns, 1, 2, property(2),
      Q.deinit, 1, 1, function (a: number) {
        const o = self(a);
        if (fld(o, F_ON) === C.True) need(hal.pwmStop, "PWM")(pinName(idOf(o)));
        setFld(o, F_ON, C.False);
        return C.None;
      },
    ]),
  );
  return T_PWM;
}
