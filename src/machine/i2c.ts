// machine.I2C and machine.SoftI2C: [type, id, None, slot, freq, scl, sda]; the HAL's bus is in the
// object's JS state. Every method is a HAL write or read; a device that does not acknowledge its
// address is OSError ENODEV, as MicroPython. SoftI2C's primitives (start, write, readinto, stop)
// gather one transfer: the address byte after start picks the device, written bytes go out at the
// next start or stop (so they reach the device as one write; write answers every byte acknowledged
// when the device answers its address), and readinto reads at once.

import { i32, pushRoot, popRoots } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, valueError, newList, listAppend, isSubtype, typeOf } from "../core/obj";
import { truthy, getIter, iterNext } from "../core/runtime";
import { HalI2C } from "./hal";
import { osError, ENODEV } from "../builtins/storage";
import { hal, need, fld, setFld, self, parse, intOr, pinName, pinValue, defClass, attach, bufBytes, joinBytes, fillBuf, bytesValue, bufSize, byteCount, fieldsText, Live, peripheralMethods, idOf, busMake, opened, live } from "./base";
const F_SCL = 0,
  F_SDA = 1,
  F_FREQ = 2;

let T_I2C = 0;
let T_SOFTI2C = 0;

// the JS state of the bus self (at a): its HAL bus, and SoftI2C's transfer
function prim(a: number): Live {
  return live(self(a), "I2C");
}

function bus(a: number): HalI2C {
  return prim(a).bus;
}

function isSoft(o: number): boolean {
  return isSubtype(typeOf(o), T_SOFTI2C);
}

// (re)opens the bus with init's arguments, from argument k on
function open(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, [Q.scl, Q.sda, Q.freq, Q.timeout], k);
  setFld(o, F_FREQ, mkInt(intOr(p[2], 400000)));
  const opts: any = { freq: fld(o, F_FREQ) >> 1 };
  if (p[0] !== 0) {
    opts.scl = pinName(p[0]);
    setFld(o, F_SCL, pinValue(opts.scl));
  }
  if (p[1] !== 0) {
    opts.sda = pinName(p[1]);
    setFld(o, F_SDA, pinValue(opts.sda));
  }
  const soft = isSoft(o);
  if (soft && (p[0] === 0 || p[1] === 0)) valueError("SoftI2C needs scl and sda");
  const id = idOf(o) >> 1;
  attach(o, { bus: opened(need(hal.i2cOpen, "I2C")(soft ? null : id, opts), "I2C", id), addr: -1, w: [] });
}

function repr(o: number): string {
  // the pins when they were given
  const fields = fieldsText(o, [Q.scl, Q.sda, Q.freq], fld(o, F_SCL) === C.None ? F_FREQ : F_SCL);
  return (isSoft(o) ? "SoftI2C(" : "I2C(" + (idOf(o) >> 1) + ", ") + fields + ")";
}

function addrArg(v: number): number {
  const x = intOr(v, 0);
  if (x < 0 || x > 127) valueError("invalid I2C address");
  return x;
}

// a write or read on the bus self (at a)
function write(a: number, addr: number, bytes: Uint8Array, stop: boolean): number {
  const r = bus(a).write(addr, bytes, stop);
  if (r < 0) osError(ENODEV);
  return r;
}

function read(a: number, addr: number, count: number, stop: boolean): ArrayLike<number> {
  const r = bus(a).read(addr, count, stop);
  if (r === null) osError(ENODEV);
  return r;
}

// the stop argument (argument 3, default True) of readfrom, readfrom_into, writeto, writevto
function stopArg(a: number, n: number): boolean {
  return n < 4 || truthy(i32[a + 3]);
}

// the bytes of memaddr, most significant first, addrsize bits
function memBytes(mem: number, sizeArg: number): number[] {
  const bits = intOr(sizeArg, 8);
  if (bits !== 8 && bits !== 16 && bits !== 24 && bits !== 32) valueError("invalid addrsize");
  const out: number[] = [];
  for (let s = bits - 8; s >= 0; s -= 8) out.push((mem >>> s) & 255);
  return out;
}

// readfrom_mem(addr, memaddr, nbytes | buf, *, addrsize=8): the bytes read
function readMem(a: number, n: number, kw: number, nkw: number, into: boolean): ArrayLike<number> {
  const p = parse(a, n, kw, nkw, [Q.addr, Q.memaddr, into ? Q.buf : Q.nbytes, Q.addrsize], 1);
  const addr = addrArg(p[0]);
  write(a, addr, joinBytes([memBytes(intOr(p[1], 0), p[3])]), false);
  return read(a, addr, into ? bufSize(p[2]) : byteCount(p[2]), true);
}

// the pending write of SoftI2C's primitives goes out
function flush(st: Live, stop: boolean): void {
  if (st.addr >= 0 && st.rw === 0 && (st.w.length > 0 || stop)) st.bus.write(st.addr, joinBytes([st.w]), stop);
  st.w = [];
}

export function initI2C(): number[] {
  const methods = peripheralMethods(open).concat([
    Q.scan, 1, 1, function (a: number) {
      const b = bus(a);
      const l = newList(0);
      pushRoot(l);
      for (let addr = 0x08; addr < 0x78; addr++) if (b.write(addr, new Uint8Array(0), true) >= 0) listAppend(l, mkInt(addr));
      popRoots(1);
      return l;
    },
    Q.readfrom, 3, 4, function (a: number, n: number) {
      return bytesValue(read(a, addrArg(i32[a + 1]), byteCount(i32[a + 2]), stopArg(a, n)));
    },
    Q.readfrom_into, 3, 4, function (a: number, n: number) {
      const size = bufSize(i32[a + 2]);
      fillBuf(i32[a + 2], read(a, addrArg(i32[a + 1]), size, stopArg(a, n)));
      return C.None;
    },
    Q.writeto, 3, 4, function (a: number, n: number) {
      return mkInt(write(a, addrArg(i32[a + 1]), bufBytes(i32[a + 2]), stopArg(a, n)));
    },
    Q.writevto, 3, 4, function (a: number, n: number) {
      // (each buffer copied as it comes: the iterator may run Python code that moves the last)
      const parts: Uint8Array[] = [];
      const it = getIter(i32[a + 2]);
      pushRoot(it);
      for (let x = iterNext(it); x !== 0; x = iterNext(it)) parts.push(joinBytes([bufBytes(x)]));
      popRoots(1);
      return mkInt(write(a, addrArg(i32[a + 1]), joinBytes(parts), stopArg(a, n)));
    },
    Q.readfrom_mem, 4, 255, function (a: number, n: number, kw: number, nkw: number) {
      return bytesValue(readMem(a, n, kw, nkw, false));
    },
    Q.readfrom_mem_into, 4, 255, function (a: number, n: number, kw: number, nkw: number) {
      fillBuf(i32[a + 3], readMem(a, n, kw, nkw, true));
      return C.None;
    },
    Q.writeto_mem, 4, 255, function (a: number, n: number, kw: number, nkw: number) {
      const p = parse(a, n, kw, nkw, [Q.addr, Q.memaddr, Q.buf, Q.addrsize], 1);
      write(a, addrArg(p[0]), joinBytes([memBytes(intOr(p[1], 0), p[3]), bufBytes(p[2])]), true);
      return C.None;
    },
  ]);
  T_I2C = defClass(Q.I2C, busMake(3, "I2C", open), repr, methods);
  T_SOFTI2C = defClass(
    Q.SoftI2C,
    busMake(3, "I2C", open, true),
    repr,
    methods.concat([
      Q.start, 1, 1, function (a: number) {
        const st = prim(a);
        flush(st, false);
        st.addr = -1;
        st.rw = 0;
        return C.None;
      },
      Q.stop, 1, 1, function (a: number) {
        const st = prim(a);
        flush(st, true);
        st.addr = -2; // no transfer until the next start
        return C.None;
      },
      Q.write, 2, 2, function (a: number) {
        const st = prim(a);
        const bytes = bufBytes(i32[a + 1]);
        let acks = 0;
        for (let k = 0; k < bytes.length; k++) {
          if (st.addr === -1) {
            // the address byte: answered when the device acknowledges a probe
            if (st.bus.write(bytes[k] >> 1, new Uint8Array(0), false) < 0) return mkInt(acks);
            st.addr = bytes[k] >> 1;
            st.rw = bytes[k] & 1;
          } else if (st.addr >= 0) st.w.push(bytes[k]);
          else return mkInt(acks);
          acks++;
        }
        return mkInt(acks);
      },
      Q.readinto, 2, 3, function (a: number) {
        const st = prim(a);
        const n = bufSize(i32[a + 1]);
        if (st.addr < 0 || st.rw !== 1) osError(ENODEV);
        fillBuf(i32[a + 1], read(a, st.addr, n, false));
        return C.None;
      },
    ]),
  );
  return [T_I2C, T_SOFTI2C];
}

