// machine.ADC: [type, pin, None, slot, atten, width]. The HAL answers the pin's voltage as a
// fraction of the reference; read_u16 scales it to 0..65535, read_uv to microvolts of a 3.3 V
// reference, read() (ESP32) to the configured width.

import { i32 } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, valueError } from "../core/obj";
import { hal, need, noPin, newObj, fld, setFld, self, parse, intOr, pinName, pinValue, pinText, defClass, idOf } from "./base";

const VREF_UV = 3300000;
const F_ATTEN = 0,
  F_WIDTH = 1;

let T_ADC = 0;

// the reading of the ADC self (at a) scaled to 0..max
function scaled(a: number, max: number): number {
  const x = need(hal.adcRead, "ADC")(pinName(idOf(self(a))));
  return mkInt(Math.round((x < 0 ? 0 : x > 1 ? 1 : x) * max));
}

// sets field k, the attenuation (F_ATTEN, 0 when absent) or the width (F_WIDTH, 3), each 0..3
function setting(o: number, k: number, v: number): void {
  const x = intOr(v, k === F_WIDTH ? 3 : 0);
  if (x < 0 || x > 3) valueError(k === F_WIDTH ? "invalid width" : "invalid attenuation");
  setFld(o, k, mkInt(x));
}

export function initADC(): number {
  T_ADC = defClass(
    Q.ADC,
    function (a, n, kw, nkw) {
      if (n < 1) noPin();
      const p = parse(a, n, kw, nkw, [Q.pin, Q.atten], 0);
      const o = newObj(T_ADC, 2, pinValue(pinName(p[0])));
      setting(o, F_ATTEN, p[1]);
      setting(o, F_WIDTH, 0);
      return o;
    },
    function (o) {
      return "ADC(Pin(" + pinText(o) + "))";
    },
    [
      Q.read_u16, 1, 1, function (a: number) {
        return scaled(a, 65535);
      },
      Q.read_uv, 1, 1, function (a: number) {
        return scaled(a, VREF_UV);
      },
      Q.read, 1, 1, function (a: number) {
        return scaled(a, (1 << (9 + (fld(self(a), F_WIDTH) >> 1))) - 1);
      },
      Q.atten, 2, 2, function (a: number) {
        setting(self(a), F_ATTEN, i32[a + 1]);
        return C.None;
      },
      Q.width, 2, 2, function (a: number) {
        setting(self(a), F_WIDTH, i32[a + 1]);
        return C.None;
      },
    ],
    [Q.ATTN_0DB, 0, Q.ATTN_2_5DB, 1, Q.ATTN_6DB, 2, Q.ATTN_11DB, 3, Q.WIDTH_9BIT, 0, Q.WIDTH_10BIT, 1, Q.WIDTH_11BIT, 2, Q.WIDTH_12BIT, 3],
  );
  return T_ADC;
}
