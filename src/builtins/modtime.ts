// time: MicroPython's time module. Ticks wrap at 2**30 (MicroPython's TICKS_PERIOD); sleeping
// yields to the host's event loop when the VM can stop (requestSleep), else busy-waits on the
// VM's clock. Calendar functions use the 1970 epoch; localtime follows the host's time zone.

import { i32, pushRoot, popRoots } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, mkInt, newFloat, newTuple, typeError, valueError, isFloat, floatVal } from "../core/obj";
import { getIter, iterNext } from "../core/runtime";
import { now, requestSleep, interruptPending } from "../core/vm";
import { fromMpz, overflow } from "../core/int";
import * as mpz from "../core/mpz";
import { defNativeModule } from "./modules";
import { toFloat, toInt } from "./modutil";
import { runScheduled } from "./modmicropython";

const PERIOD = 1073741824; // 2**30
const HALF = 536870912;

// Sleeps ms milliseconds: stops the VM for the host to resume it later, or busy-waits.
export function sleepMs(ms: number): void {
  if (!(ms > 0)) return;
  // (callbacks due meanwhile run while the VM sleeps: embed.ts runIdle)
  if (requestSleep(ms)) return;
  const until = now() + ms;
  while (now() < until && !(MPJS_FULL && interruptPending)) runScheduled();
}

// The module's functions, made at its first import (defNativeModule).
function timeNatives(): number[] {
  const floor = mpz.floor;
  function wrap(x: number): number {
    x = floor(x);
    return x - floor(x / PERIOD) * PERIOD;
  }

  function nonNeg(x: number): number {
    if (x < 0) valueError("sleep length must be non-negative");
    return x;
  }

  const SLEEP = defNative(Q.sleep, 1, 1, function (a) {
    sleepMs(nonNeg(toFloat(i32[a])) * 1000);
    return C.None;
  });
  const SLEEP_MS = defNative(Q.sleep_ms, 1, 1, function (a) {
    sleepMs(nonNeg(toInt(i32[a])));
    return C.None;
  });
  const SLEEP_US = defNative(Q.sleep_us, 1, 1, function (a) {
    const us = nonNeg(toInt(i32[a]));
    if (us >= 1000) sleepMs(us / 1000);
    else {
      const until = now() + us / 1000;
      while (now() < until) {
        // a short wait: not worth a turn of the event loop
      }
    }
    return C.None;
  });

  const TICKS_MS = defNative(Q.ticks_ms, 0, 0, function () {
    return mkInt(wrap(now()));
  });
  function us(): number {
    return mkInt(wrap(now() * 1000));
  }
  const TICKS_US = defNative(Q.ticks_us, 0, 0, us);
  const TICKS_CPU = defNative(Q.ticks_cpu, 0, 0, us);
  const TICKS_DIFF = defNative(Q.ticks_diff, 2, 2, function (a) {
    return mkInt(wrap(toInt(i32[a]) - toInt(i32[a + 1]) + HALF) - HALF);
  });
  const TICKS_ADD = defNative(Q.ticks_add, 2, 2, function (a) {
    const d = toInt(i32[a + 1]);
    if (d <= -HALF || d >= HALF) overflow("ticks interval overflow");
    return mkInt(wrap(toInt(i32[a]) + d));
  });

  const TIME = defNative(Q.time, 0, 0, function () {
    return newFloat(Date.now() / 1000);
  });
  const TIME_NS = defNative(Q.time_ns, 0, 0, function () {
    return fromMpz(mpz.mul(mpz.fromNumber(Date.now()), mpz.fromNumber(1000000)));
  });

  // ---- calendar (proleptic Gregorian, days since 1970-01-01) ----

  function daysFromCivil(y: number, m: number, d: number): number {
    y -= m <= 2 ? 1 : 0;
    const era = floor(y / 400);
    const yoe = y - era * 400;
    const doy = floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }

  // (year, month, mday, hour, minute, second, weekday, yearday) of t seconds since the epoch
  function civil(t: number): number {
    const days = floor(t / 86400);
    let s = t - days * 86400;
    const z = days + 719468;
    const era = floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
    const mp = floor((5 * doy + 2) / 153);
    const d = doy - floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const h = floor(s / 3600);
    s -= h * 3600;
    const mi = floor(s / 60);
    const yd = days - daysFromCivil(y, 1, 1) + 1;
    const vals = [y, m, d, h, mi, s - mi * 60, (((days + 3) % 7) + 7) % 7, yd];
    const tu = newTuple(8);
    for (let k = 0; k < 8; k++) i32[(tu >> 2) + 2 + k] = mkInt(vals[k]);
    return tu;
  }

  // seconds east of UTC of the host's time zone at time t (seconds)
  function tzOffset(t: number): number {
    return -new Date(t * 1000).getTimezoneOffset() * 60;
  }

  function secsArg(a: number, n: number): number {
    if (n === 0 || i32[a] === C.None) return floor(Date.now() / 1000);
    const v = i32[a];
    if (isFloat(v)) {
      const x = floatVal(v);
      if (x - x !== 0) valueError("invalid value");
      return floor(x);
    }
    return toInt(v);
  }

  const GMTIME = defNative(Q.gmtime, 0, 1, function (a, n) {
    return civil(secsArg(a, n));
  });
  const LOCALTIME = defNative(Q.localtime, 0, 1, function (a, n) {
    const t = secsArg(a, n);
    return civil(t + tzOffset(t));
  });

  // mktime((year, month, mday, hour, minute, second, wday, yday[, isdst])): local time to seconds;
  // months and days out of range carry over, as MicroPython's timeutils_mktime
  const MKTIME = defNative(Q.mktime, 1, 1, function (a) {
    const it = getIter(i32[a]);
    pushRoot(it);
    const f: number[] = [];
    for (;;) {
      const x = iterNext(it);
      if (x === 0) break;
      f.push(toInt(x));
    }
    popRoots(1);
    if (f.length < 8 || f.length > 9) typeError("mktime needs a tuple of length 8 or 9");
    let y = f[0],
      m = f[1] - 1;
    const q = floor(m / 12);
    y += q;
    m -= q * 12;
    const utc = (daysFromCivil(y, m + 1, 1) + f[2] - 1) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    let t = utc - tzOffset(utc);
    t = utc - tzOffset(t);
    return mkInt(t);
  });

  return [SLEEP, SLEEP_MS, SLEEP_US, TICKS_MS, TICKS_US, TICKS_CPU, TICKS_DIFF, TICKS_ADD, TIME, TIME_NS, GMTIME, LOCALTIME, MKTIME];
}

export function initTime(): void {
  defNativeModule(Q.time, timeNatives);
}
