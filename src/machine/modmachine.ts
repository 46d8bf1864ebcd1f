// machine: MicroPython's hardware module over the HAL a target gives (hal.ts). The classes are in
// their own files; here the module table, RTC, WDT and the module's functions.
//
// In the Espruino bundles src/machine is a lazy folder (tools/lazy-folder.mjs): its code is created
// at the first call of this file's exports (the JerryScript ones make it at load). So this file exports functions only, code outside the
// folder imports nothing else from it (types aside), and the folder's top-level statements only
// define things.

import { i32, pushRoot, popRoots } from "../gc/heap";
import { C, T, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, raise, valueError, defNative } from "../core/obj";
import { qv, truthy } from "../core/runtime";
import { now } from "../core/vm";
import { sleepMs } from "../builtins/modtime";
import { toInt, named, tupleOf } from "../builtins/modutil";
import { hal, need, newObj, self, parse, intOr, pinName, defClass, attach, stateOf, cancel, bufBytes, bytesValue, resetLive, setIrqOff, irqOff, itemsOf } from "./base";
import { initPin, initSignal, initPinBase } from "./pin";
import { initADC } from "./adc";
import { initPWM } from "./pwm";
import { initI2C } from "./i2c";
import { initSPI } from "./spi";
import { initUART } from "./uart";
import { initTimer } from "./timer";

// reset causes (SOFT_RESET is 5)
const PWRON_RESET = 1,
  HARD_RESET = 2,
  WDT_RESET = 3,
  DEEPSLEEP_RESET = 4;

// ---- RTC: one clock, the host's shifted by what datetime() set ----
let rtcShift = 0;
let T_RTC = 0;

function rtcDatetime(a: number, n: number): number {
  if (n < 2) {
    const t = Date.now() + rtcShift;
    const d = new Date(t);
    return tupleOf([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), (d.getUTCDay() + 6) % 7, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (t % 1000) * 1000].map(mkInt));
  }
  // (year, month, day, weekday, hours, minutes, seconds, subseconds): the weekday is computed
  const f = itemsOf(i32[a + 1], toInt);
  if (f.length < 7) valueError("requested length 8 but object has length " + f.length);
  rtcShift = Date.UTC(f[0], f[1] - 1, f[2], f[4], f[5], f[6], f.length > 7 ? Math.floor(f[7] / 1000) : 0) - Date.now();
  return C.None;
}

function initRTC(): number {
  T_RTC = defClass(
    Q.RTC,
    function () {
      return newObj(T_RTC, 0, mkInt(0));
    },
    function () {
      return "RTC()";
    },
    [Q.datetime, 1, 2, rtcDatetime, Q.init, 2, 2, function (a: number) {
      return rtcDatetime(a, 2);
    }],
  );
  return T_RTC;
}

// ---- WDT(id=0, timeout=5000): resets the board unless fed within timeout ms ----
let T_WDT = 0;

function arm(o: number): void {
  const st = stateOf(o);
  if (!st) return;
  cancel(st);
  st.h = need(hal.timerSet, "WDT")(function () {
    st.h = undefined;
    need(hal.reset, "reset")(WDT_RESET);
  }, st.ms, false);
}

function initWDT(): number {
  T_WDT = defClass(
    Q.WDT,
    function (a, n, kw, nkw) {
      const p = parse(a, n, kw, nkw, [Q.id, Q.timeout], 0);
      const ms = intOr(p[1], 5000);
      if (ms < 1) valueError("WDT timeout too short");
      const o = newObj(T_WDT, 0, mkInt(intOr(p[0], 0)));
      pushRoot(o);
      attach(o, { ms: ms, undo: hal.timerClear });
      arm(o);
      popRoots(1);
      return o;
    },
    undefined,
    [Q.feed, 1, 1, function (a: number) {
      arm(self(a));
      return C.None;
    }],
  );
  return T_WDT;
}

// ---- functions ----

function exit(): never {
  raise(tv(T.SystemExit));
}

// The module's table: made at the first import (its natives are JS functions, RAM on Espruino, that
// need not exist before a program imports machine) and kept for the interpreters that come after
// (natives outlive an interpreter, init.ts). The classes' init functions (initPin...) are called
// here only, so once: they make their types without testing whether they exist.
let TABLE: number[] | null = null;

export function machineTable(): number[] {
  if (TABLE !== null) return TABLE;
  // idle(), and lightsleep() without a time, wait for an event: here for a millisecond, in which the
  // host's event loop turns and what is due runs (callbacks as frames: embed.ts runIdle)
  const sleepFor = function (a: number, n: number) {
    sleepMs(n > 0 ? toInt(i32[a]) : 1);
    return C.None;
  };
  const lightsleep = defNative(Q.lightsleep, 0, 1, sleepFor);
  // types and natives each under its own name, then sleep (lightsleep's other name) and the
  // reset causes PWRON_RESET (1) to SOFT_RESET (5)
  const t = named(
    [initPin(), initSignal(), initPinBase(), initADC(), initPWM()].concat(initI2C(), initSPI(), [
      initUART(), initTimer(), initRTC(), initWDT(),
      defNative(Q.freq, 0, 1, function (a, n) {
        if (n === 0) return mkInt(need(hal.freq, "freq")());
        need(hal.setFreq, "freq")(toInt(i32[a]));
        return C.None;
      }),
      defNative(Q.reset, 0, 0, function () {
        need(hal.reset, "reset")(HARD_RESET);
        exit();
      }),
      defNative(Q.soft_reset, 0, 0, exit),
      defNative(Q.unique_id, 0, 0, function () {
        return bytesValue(need(hal.uniqueId, "unique_id")());
      }),
      defNative(Q.reset_cause, 0, 0, function () {
        return mkInt(hal.resetCause ? hal.resetCause() : PWRON_RESET);
      }),
      defNative(Q.idle, 0, 0, sleepFor),
      lightsleep,
      defNative(Q.deepsleep, 0, 1, function () {
        need(hal.reset, "deepsleep")(DEEPSLEEP_RESET);
        exit();
      }),
      defNative(Q.disable_irq, 0, 0, function () {
        const was = irqOff;
        setIrqOff(1);
        return mkInt(was ? 0 : 1);
      }),
      defNative(Q.enable_irq, 0, 1, function (a, n) {
        setIrqOff(n > 0 && !truthy(i32[a]) ? 1 : 0);
        return C.None;
      }),
      // time_pulse_us(pin, pulse_level, timeout_us=1000000): -2 when the pulse did not start in
      // time, -1 when it did not end
      defNative(Q.time_pulse_us, 2, 3, function (a, n) {
        const p = pinName(i32[a]);
        const lvl = truthy(i32[a + 1]) ? 1 : 0;
        const timeout = (n > 2 ? toInt(i32[a + 2]) : 1000000) / 1000;
        const read = need(hal.pinRead, "Pin");
        // phase 0 waits for the level (-2 on time out), phase 1 for its end (-1), which it times
        let t0 = 0;
        for (let ph = 0; ph < 2; ph++) {
          t0 = now();
          while ((read(p) === lvl ? 1 : 0) === ph) if (now() - t0 > timeout) return mkInt(ph - 2);
        }
        return mkInt(Math.round((now() - t0) * 1000));
      }),
      // bitstream(pin, encoding, timing, buf): encoding 0 is (high0, low0, high1, low1) in ns
      defNative(Q.bitstream, 4, 4, function (a) {
        if (toInt(i32[a + 1]) !== 0) valueError("invalid encoding");
        const timing = itemsOf(i32[a + 2], toInt);
        if (timing.length !== 4) valueError("invalid timing");
        need(hal.bitstream, "bitstream")(pinName(i32[a]), timing, bufBytes(i32[a + 3]));
        return C.None;
      }),
    ]),
  );
  t.push(qv(Q.sleep), lightsleep);
  const causes = [Q.PWRON_RESET, Q.HARD_RESET, Q.WDT_RESET, Q.DEEPSLEEP_RESET, Q.SOFT_RESET];
  for (let k = 0; k < causes.length; k++) t.push(qv(causes[k]), mkInt(k + 1));
  TABLE = t;
  return t;
}

// what embed.ts calls at a new interpreter, and at its first import of machine with the HAL
export { resetLive };
