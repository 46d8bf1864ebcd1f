// machine.Pin, machine.Signal and machine.PinBase (the base of pins written in Python).
// Pin: [type, id, handler, slot, mode, pull, trigger]. Constants as the rp2 port numbers them;
// the HAL receives them as they are.

import { i32 } from "../gc/heap";
import { C, TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, bool, valueError, typeOf, defType, newTypeIndex, TYPES } from "../core/obj";
import { qv, truthy, getattr, call0, call1, isCallable, nativeSelf } from "../core/runtime";
import { hal, need, newObj, fld, setFld, self, parse, intOr, pinName, pinValue, pinText, setPinType, defClass, attach, detach, fire, M } from "./base";

const IN = 0,
  OUT = 1,
  OPEN_DRAIN = 2,
  ALT = 3,
  PULL_UP = 1,
  PULL_DOWN = 2,
  IRQ_RISING = 1,
  IRQ_FALLING = 2;

const F_MODE = 0,
  F_PULL = 1,
  F_TRIGGER = 2;

export let T_PIN = 0;

function name(o: number): number | string {
  return pinName(o);
}

function level(o: number): number {
  return need(hal.pinRead, "Pin")(name(o)) ? 1 : 0;
}

function drive(o: number, v: number): void {
  need(hal.pinWrite, "Pin")(name(o), v ? 1 : 0);
}

// init(mode=-1, pull=-1, *, value=None, drive, alt) from argument k on
function init(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, [Q.mode, Q.pull, Q.value, Q.drive, Q.alt], k);
  let mode = intOr(p[0], -1);
  let pull = p[1] === C.None ? 0 : intOr(p[1], -1);
  if (mode < -1 || mode > 4) valueError("invalid pin mode");
  if (pull < -1 || pull > 2) valueError("invalid pin pull");
  if (mode < 0) mode = fld(o, F_MODE) === C.None ? IN : fld(o, F_MODE) >> 1;
  if (pull < 0) pull = fld(o, F_PULL) === C.None ? 0 : fld(o, F_PULL) >> 1;
  // the level first, so that an output starts at it
  if (p[2] !== 0 && p[2] !== C.None) drive(o, truthy(p[2]) ? 1 : 0);
  need(hal.pinMode, "Pin")(name(o), mode, pull);
  setFld(o, F_MODE, mkInt(mode));
  setFld(o, F_PULL, mkInt(pull));
}

// value(): the level; value(x): drives it
function value(o: number, a: number, n: number): number {
  if (n < 2) return mkInt(level(o));
  drive(o, truthy(i32[a + 1]) ? 1 : 0);
  return C.None;
}

function makePin(a: number, n: number, kw: number, nkw: number): number {
  if (n < 1) valueError("invalid pin");
  const id = nativeSelf(i32[a]);
  if (typeOf(id) === T_PIN) return id;
  pinName(id);
  const o = newObj(T_PIN, 3, id);
  if (n > 1 || nkw > 0) init(o, a, n, kw, nkw, 1);
  return o;
}

function pinRepr(o: number): string {
  const m = fld(o, F_MODE);
  return "Pin(" + pinText(o) + (m === C.None ? "" : ", mode=" + ["IN", "OUT", "OPEN_DRAIN", "ALT", "ANALOG"][m >> 1]) + ")";
}

// irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, hard=False): handler(pin) on each edge
function irq(a: number, n: number, kw: number, nkw: number): number {
  const o = self(a);
  const p = parse(a, n, kw, nkw, [Q.handler, Q.trigger, Q.hard], 1);
  const h = p[0] === 0 ? C.None : p[0];
  const trig = intOr(p[1], IRQ_FALLING | IRQ_RISING);
  if (h !== C.None && !isCallable(h)) valueError("handler must be None or callable");
  detach(o);
  i32[(o >> 2) + M.handler] = h;
  setFld(o, F_TRIGGER, mkInt(trig));
  if (h !== C.None && trig !== 0) {
    const watch = need(hal.pinWatch, "Pin.irq");
    const st = attach(o, {});
    const handle = watch(name(o), trig, function () {
      fire(o);
    });
    st.cancel = function () {
      if (hal.unwatch) hal.unwatch(handle);
    };
  }
  return C.None;
}

export function initPin(): number {
  if (T_PIN !== 0) return T_PIN;
  T_PIN = defClass(
    Q.Pin,
    makePin,
    pinRepr,
    [
      Q.init, 1, 255, function (a: number, n: number, kw: number, nkw: number) {
        init(self(a), a, n, kw, nkw, 1);
        return C.None;
      },
      Q.value, 1, 2, function (a: number, n: number) {
        return value(self(a), a, n);
      },
      Q.on, 1, 1, function (a: number) {
        drive(self(a), 1);
        return C.None;
      },
      Q.off, 1, 1, function (a: number) {
        drive(self(a), 0);
        return C.None;
      },
      Q.toggle, 1, 1, function (a: number) {
        const o = self(a);
        drive(o, level(o) ^ 1);
        return C.None;
      },
      Q.low, 1, 1, function (a: number) {
        drive(self(a), 0);
        return C.None;
      },
      Q.high, 1, 1, function (a: number) {
        drive(self(a), 1);
        return C.None;
      },
      Q.mode, 1, 2, function (a: number, n: number) {
        const o = self(a);
        if (n < 2) return fld(o, F_MODE) === C.None ? mkInt(IN) : fld(o, F_MODE);
        init(o, a, 2, 0, 0, 1);
        return C.None;
      },
      Q.pull, 1, 2, function (a: number, n: number) {
        const o = self(a);
        if (n < 2) return fld(o, F_PULL) === C.None || fld(o, F_PULL) === mkInt(0) ? C.None : fld(o, F_PULL);
        const p = i32[a + 1] === C.None ? 0 : intOr(i32[a + 1], 0);
        const m = fld(o, F_MODE) === C.None ? IN : fld(o, F_MODE) >> 1;
        need(hal.pinMode, "Pin")(name(o), m, p);
        setFld(o, F_MODE, mkInt(m));
        setFld(o, F_PULL, mkInt(p));
        return C.None;
      },
      Q.irq, 1, 4, irq,
    ],
    [Q.IN, IN, Q.OUT, OUT, Q.OPEN_DRAIN, OPEN_DRAIN, Q.ALT, ALT, Q.PULL_UP, PULL_UP, Q.PULL_DOWN, PULL_DOWN, Q.IRQ_RISING, IRQ_RISING, Q.IRQ_FALLING, IRQ_FALLING],
  );
  TYPES_CALL(T_PIN, function (f: number, a: number, n: number) {
    // pin() reads, pin(x) drives: __call__
    if (n === 0) return mkInt(level(nativeSelf(f)));
    drive(nativeSelf(f), truthy(i32[a]) ? 1 : 0);
    return C.None;
  });
  setPinType(T_PIN);
  return T_PIN;
}

function TYPES_CALL(t: number, f: (f: number, a: number, n: number) => number): void {
  TYPES[t >> 3].call = f;
}

// ---- Signal(pin_or_args, *, invert=False): a pin whose "on" may be its low level ----
// [type, pin, None, slot, invert]

let T_SIGNAL = 0;

// the level of the underlying pin, through its value() when it is not a Pin (a PinBase in Python)
function sigValue(o: number, x: number): number {
  const pin = i32[(o >> 2) + M.id];
  const inv = fld(o, 0) === C.True ? 1 : 0;
  if (typeOf(pin) === T_PIN) {
    if (x < 0) return level(pin) ^ inv;
    drive(pin, x ^ inv);
    return 0;
  }
  const m = getattr(pin, qv(Q.value));
  if (x < 0) return (truthy(call0(m)) ? 1 : 0) ^ inv;
  call1(m, mkInt(x ^ inv));
  return 0;
}

// Signal(Pin or PinBase, *, invert=False), or Signal(id, mode, pull, *, invert=False) making the Pin
function makeSignal(a: number, n: number, kw: number, nkw: number): number {
  let inv = C.False;
  for (let k = 0; k < nkw; k++) {
    if (i32[kw + 2 * k] !== qv(Q.invert)) valueError("invalid argument");
    inv = bool(truthy(i32[kw + 2 * k + 1]));
  }
  if (n < 1) valueError("invalid pin");
  let pin = nativeSelf(i32[a]);
  if (n > 1 || (typeOf(pin) !== T_PIN && (typeOf(pin) & 4) !== 0)) pin = makePin(a, n, 0, 0);
  const o = newObj(T_SIGNAL, 1, pin);
  setFld(o, 0, inv);
  return o;
}

export function initSignal(): number {
  if (T_SIGNAL !== 0) return T_SIGNAL;
  T_SIGNAL = defClass(Q.Signal, makeSignal, undefined, [
    Q.value, 1, 2, function (a: number, n: number) {
      if (n < 2) return mkInt(sigValue(self(a), -1));
      sigValue(self(a), truthy(i32[a + 1]) ? 1 : 0);
      return C.None;
    },
    Q.on, 1, 1, function (a: number) {
      sigValue(self(a), 1);
      return C.None;
    },
    Q.off, 1, 1, function (a: number) {
      sigValue(self(a), 0);
      return C.None;
    },
  ]);
  TYPES_CALL(T_SIGNAL, function (f: number, a: number, n: number) {
    if (n === 0) return mkInt(sigValue(nativeSelf(f), -1));
    sigValue(nativeSelf(f), truthy(i32[a]) ? 1 : 0);
    return C.None;
  });
  return T_SIGNAL;
}

// PinBase: subclassed in Python (value() is the subclass's), usable wherever a pin is, as Signal's
export function initPinBase(): number {
  return defType(newTypeIndex(), Q.PinBase, TV.object, { locals: null });
}
