// machine.Pin, machine.Signal and machine.PinBase (the base of pins written in Python).
// Pin: [type, id, handler, slot, mode, pull, trigger]. Constants as the rp2 port numbers them;
// the HAL receives them as they are.

import { i32 } from "../gc/heap";
import { C, TV } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, bool, valueError, typeOf, defType, newTypeIndex, TYPES } from "../core/obj";
import { qv, truthy, getattr, call0, call1, nativeSelf } from "../core/runtime";
import { hal, need, noPin, newObj, fld, setFld, self, parse, intOr, pinName, pinText, setPinType, defClass, attach, detach, fire, M, idOf, initMethod, irqArgs } from "./base";

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

// The pin's level (x < 0), or drives it to x (0 or 1).
function pinIO(o: number, x: number): number {
  if (x < 0) return need(hal.pinRead, "Pin")(pinName(o)) ? 1 : 0;
  need(hal.pinWrite, "Pin")(pinName(o), x);
  return 0;
}

// value([x]) and __call__([x]) of Pin and Signal (x at a when n > 0): io(o, -1) reads the level,
// io(o, x) drives it
function valueCall(io: (o: number, x: number) => number, o: number, a: number, n: number): number {
  if (n === 0) return mkInt(io(o, -1));
  io(o, truthy(i32[a]) ? 1 : 0);
  return C.None;
}

// __call__([x]) of type t: value([x])
function levelCall(t: number, io: (o: number, x: number) => number): void {
  TYPES[t >> 3].call = function (f: number, a: number, n: number) {
    return valueCall(io, nativeSelf(f), a, n);
  };
}

// value(), on(), off(), high(), low() (Signal has the first three)
function levelMethods(io: (o: number, x: number) => number): any[] {
  const on = function (a: number) {
    io(self(a), 1);
    return C.None;
  };
  const off = function (a: number) {
    io(self(a), 0);
    return C.None;
  };
  return [
    Q.value, 1, 2, function (a: number, n: number) {
      return valueCall(io, self(a), a + 1, n - 1);
    },
    Q.on, 1, 1, on,
    Q.off, 1, 1, off,
    Q.high, 1, 1, on,
    Q.low, 1, 1, off,
  ];
}

// the pin's mode or pull as set, 0 (IN, no pull) until set
function cur(o: number, k: number): number {
  const v = fld(o, k);
  return v === C.None ? 0 : v >> 1;
}

// init(mode=-1, pull=-1, *, value=None, drive, alt) from argument k on
function init(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, [Q.mode, Q.pull, Q.value, Q.drive, Q.alt], k);
  let mode = intOr(p[0], -1);
  let pull = p[1] === C.None ? 0 : intOr(p[1], -1);
  if (mode < -1 || mode > 4) valueError("invalid pin mode");
  if (pull < -1 || pull > 2) valueError("invalid pin pull");
  // the level first, so that an output starts at it
  if (p[2] !== 0 && p[2] !== C.None) pinIO(o, truthy(p[2]) ? 1 : 0);
  setMode(o, mode < 0 ? cur(o, F_MODE) : mode, pull < 0 ? cur(o, F_PULL) : pull);
}

function setMode(o: number, mode: number, pull: number): void {
  need(hal.pinMode, "Pin")(pinName(o), mode, pull);
  setFld(o, F_MODE, mkInt(mode));
  setFld(o, F_PULL, mkInt(pull));
}

function makePin(a: number, n: number, kw: number, nkw: number): number {
  if (n < 1) noPin();
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
  const trig = irqArgs(o, a, n, kw, nkw, IRQ_FALLING | IRQ_RISING);
  detach(o);
  setFld(o, F_TRIGGER, mkInt(trig));
  if (i32[(o >> 2) + M.handler] !== C.None && trig !== 0) {
    const watch = need(hal.pinWatch, "Pin.irq");
    const st = attach(o, { undo: hal.unwatch });
    st.h = watch(pinName(o), trig, function () {
      fire(o);
    });
  }
  return C.None;
}

export function initPin(): number {
  T_PIN = defClass(
    Q.Pin,
    makePin,
    pinRepr,
    initMethod(init).concat(levelMethods(pinIO), [
      Q.toggle, 1, 1, function (a: number) {
        const o = self(a);
        pinIO(o, pinIO(o, -1) ^ 1);
        return C.None;
      },
      Q.mode, 1, 2, function (a: number, n: number) {
        const o = self(a);
        if (n < 2) return mkInt(cur(o, F_MODE));
        init(o, a, 2, 0, 0, 1);
        return C.None;
      },
      // pull(): None when there is none; pull(x) keeps the mode
      Q.pull, 1, 2, function (a: number, n: number) {
        const o = self(a);
        if (n < 2) return cur(o, F_PULL) === 0 ? C.None : fld(o, F_PULL);
        setMode(o, cur(o, F_MODE), i32[a + 1] === C.None ? 0 : intOr(i32[a + 1], 0));
        return C.None;
      },
      Q.irq, 1, 4, irq,
    ]),
    [Q.IN, IN, Q.OUT, OUT, Q.OPEN_DRAIN, OPEN_DRAIN, Q.ALT, ALT, Q.PULL_UP, PULL_UP, Q.PULL_DOWN, PULL_DOWN, Q.IRQ_RISING, IRQ_RISING, Q.IRQ_FALLING, IRQ_FALLING],
  );
  // pin() reads, pin(x) drives
  levelCall(T_PIN, pinIO);
  setPinType(T_PIN);
  return T_PIN;
}

// ---- Signal(pin_or_args, *, invert=False): a pin whose "on" may be its low level ----
// [type, pin, None, slot, invert]

let T_SIGNAL = 0;

// the level of the underlying pin, through its value() when it is not a Pin (a PinBase in Python)
// (x < 0 reads, as pinIO)
function sigIO(o: number, x: number): number {
  const pin = idOf(o);
  const inv = fld(o, 0) === C.True ? 1 : 0;
  if (x >= 0) x ^= inv;
  if (typeOf(pin) === T_PIN) return pinIO(pin, x) ^ inv;
  const m = getattr(pin, qv(Q.value));
  if (x < 0) return (truthy(call0(m)) ? 1 : 0) ^ inv;
  call1(m, mkInt(x));
  return 0;
}

// Signal(Pin or PinBase, *, invert=False), or Signal(id, mode, pull, *, invert=False) making the Pin
function makeSignal(a: number, n: number, kw: number, nkw: number): number {
  let inv = C.False;
  for (let k = 0; k < nkw; k++) {
    if (i32[kw + 2 * k] !== qv(Q.invert)) valueError("invalid argument");
    inv = bool(truthy(i32[kw + 2 * k + 1]));
  }
  if (n < 1) noPin();
  let pin = nativeSelf(i32[a]);
  if (n > 1 || (typeOf(pin) !== T_PIN && (typeOf(pin) & 4) !== 0)) pin = makePin(a, n, 0, 0);
  const o = newObj(T_SIGNAL, 1, pin);
  setFld(o, 0, inv);
  return o;
}

export function initSignal(): number {
  T_SIGNAL = defClass(Q.Signal, makeSignal, undefined, levelMethods(sigIO).slice(0, 12));
  levelCall(T_SIGNAL, sigIO);
  return T_SIGNAL;
}

// PinBase: subclassed in Python (value() is the subclass's), usable wherever a pin is, as Signal's
export function initPinBase(): number {
  return defType(newTypeIndex(), Q.PinBase, TV.object, { locals: null });
}
