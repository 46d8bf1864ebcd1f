// machine.SPI and machine.SoftSPI: [type, id, None, slot, baudrate, polarity, phase, bits, firstbit];
// the HAL's bus is in the object's JS state. Every method is one HAL transfer.

import { i32 } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { qstrStr } from "../core/qstr";
import { mkInt, valueError, typeOf } from "../core/obj";
import { hal, need, fld, setFld, self, parse, intOr, defClass, attach, bufBytes, fillBuf, bytesValue, bufSize, byteCount, peripheralMethods, pinOpts, fieldsText, idOf, busMake, opened, live } from "./base";

// fields: baudrate, polarity, phase, bits, firstbit
const F_BITS = 3;
const NAMES = [Q.baudrate, Q.polarity, Q.phase, Q.bits, Q.firstbit, Q.sck, Q.mosi, Q.miso];

let T_SPI = 0;
let T_SOFTSPI = 0;

function open(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, NAMES, k);
  const soft = typeOf(o) === T_SOFTSPI;
  const dflt = [soft ? 500000 : 1000000, 0, 0, 8, 0];
  const opts: any = {};
  for (let j = 0; j < 5; j++) {
    const v = p[j] !== 0 ? intOr(p[j], dflt[j]) : fld(o, j) !== C.None ? fld(o, j) >> 1 : dflt[j];
    setFld(o, j, mkInt(v));
    opts[qstrStr(NAMES[j])] = v;
  }
  if (fld(o, F_BITS) !== mkInt(8)) valueError("bits must be 8");
  pinOpts(opts, p, NAMES, 5, 8);
  const id = idOf(o) >> 1;
  attach(o, { bus: opened(need(hal.spiOpen, "SPI")(soft ? null : id, opts), "SPI", id) });
}

function transfer(a: number, out: Uint8Array): ArrayLike<number> {
  return live(self(a), "SPI").bus.transfer(out);
}

// count bytes to clock out for read(nbytes, write=0) and readinto(buf, write=0) (arguments at a)
function filled(count: number, a: number, n: number): Uint8Array {
  const byte = n > 2 ? intOr(i32[a + 2], 0) : 0;
  const out = new Uint8Array(count);
  for (let k = 0; byte & 255 && k < count; k++) out[k] = byte;
  return out;
}

export function initSPI(): number[] {
  const methods = peripheralMethods(open).concat([
    Q.read, 2, 3, function (a: number, n: number) {
      return bytesValue(transfer(a, filled(byteCount(i32[a + 1]), a, n)));
    },
    Q.readinto, 2, 3, function (a: number, n: number) {
      fillBuf(i32[a + 1], transfer(a, filled(bufSize(i32[a + 1]), a, n)));
      return C.None;
    },
    Q.write, 2, 2, function (a: number) {
      transfer(a, bufBytes(i32[a + 1]));
      return C.None;
    },
    Q.write_readinto, 3, 3, function (a: number) {
      const out = bufBytes(i32[a + 1]);
      if (bufSize(i32[a + 2]) !== out.length) valueError("buffers must be the same length");
      fillBuf(i32[a + 2], transfer(a, out));
      return C.None;
    },
  ]);
  const repr = function (o: number): string {
    const soft = typeOf(o) === T_SOFTSPI;
    return (soft ? "SoftSPI(" : "SPI(" + (idOf(o) >> 1) + ", ") + fieldsText(o, [Q.baudrate, Q.polarity, Q.phase], 0) + ")";
  };
  const consts = [Q.MSB, 0, Q.LSB, 1];
  T_SPI = defClass(Q.SPI, busMake(5, "SPI", open), repr, methods, consts);
  T_SOFTSPI = defClass(Q.SoftSPI, busMake(5, "SPI", open, true), repr, methods, consts);
  return [T_SPI, T_SOFTSPI];
}

