// machine.UART: [type, id, handler, slot, baudrate, bits, parity, stop, trigger]. What the HAL
// receives waits in the object's JS state until read; reads never block (bytes arrive from the
// host's event loop, which cannot turn while Python waits), they answer what is there or None.

import { i32 } from "../gc/heap";
import { C } from "../core/types";
import { Q } from "../core/qstrdefs";
import { mkInt, valueError } from "../core/obj";
import { HalUART } from "./hal";
import { hal, need, fld, setFld, self, parse, intOr, defClass, attach, stateOf, detach, bufBytes, fillBuf, bytesValue, bufSize, fire, Live, M, peripheralMethods, pinOpts, fieldsText, idOf, busMake, opened, live, irqArgs } from "./base";

const F_BAUD = 0,
  F_BITS = 1,
  F_PARITY = 2,
  F_STOP = 3,
  F_TRIGGER = 4;
const IRQ_RX = 1,
  IRQ_RXIDLE = 2;

// the receive buffer's size when rxbuf is not given (MicroPython's esp32 and rp2 ports: 256)
const RXBUF = 256;

const NAMES = [Q.baudrate, Q.bits, Q.parity, Q.stop, Q.tx, Q.rx, Q.timeout, Q.timeout_char, Q.rxbuf, Q.txbuf];

let T_UART = 0;

function open(o: number, a: number, n: number, kw: number, nkw: number, k: number): void {
  const p = parse(a, n, kw, nkw, NAMES, k);
  const old = stateOf(o);
  // each of baudrate, bits, parity, stop: as given, else as it was, else the default (parity None)
  const dflt = [115200, 8, 0, 1];
  for (let j = 0; j < 4; j++) {
    const v = p[j] !== 0 ? p[j] : fld(o, j);
    setFld(o, j, j === F_PARITY && v === C.None ? C.None : mkInt(intOr(v, dflt[j])));
  }
  const bits = fld(o, F_BITS) >> 1;
  if (bits < 5 || bits > 9) valueError("invalid data bits");
  const stop = fld(o, F_STOP) >> 1;
  if (stop !== 1 && stop !== 2) valueError("invalid stop bits");
  const opts: any = { baudrate: fld(o, F_BAUD) >> 1, bits: bits, parity: fld(o, F_PARITY) === C.None ? null : fld(o, F_PARITY) >> 1, stop: stop };
  pinOpts(opts, p, NAMES, 4, 6);
  const id = idOf(o) >> 1;
  if (old) detach(o);
  // what comes while rxbuf bytes wait unread is dropped, as by MicroPython's receive buffer (a
  // device that streams to a program that never reads grew a JS array without end)
  const st: Live = { rx: old ? old.rx : [], max: p[8] !== 0 ? intOr(p[8], RXBUF) : old ? old.max : RXBUF, undo: close };
  const u = opened(
    need(hal.uartOpen, "UART")(id, opts, function (bytes: ArrayLike<number>) {
      for (let j = 0; j < bytes.length && st.rx.length < st.max; j++) st.rx.push(bytes[j] & 255);
      if (i32[(o >> 2) + M.handler] !== C.None) fire(o);
    }),
    "UART",
    id,
  );
  st.h = u;
  attach(o, st);
}

function close(u: HalUART): void {
  u.close();
}

function rx(a: number): number[] {
  return live(self(a), "UART").rx;
}

// takes up to count bytes received (all when count < 0); null when none
function take(a: number, count: number): number[] | null {
  const q = rx(a);
  if (q.length === 0) return null;
  return q.splice(0, count < 0 || count > q.length ? q.length : count);
}

export function initUART(): number {
  T_UART = defClass(
    Q.UART,
    busMake(5, "UART", open),
    function (o) {
      return "UART(" + (idOf(o) >> 1) + ", " + fieldsText(o, [Q.baudrate, Q.bits, Q.parity, Q.stop], 0) + ")";
    },
    peripheralMethods(open).concat([
      Q.any, 1, 1, function (a: number) {
        return mkInt(rx(a).length);
      },
      Q.read, 1, 2, function (a: number, n: number) {
        const b = take(a, n > 1 && i32[a + 1] !== C.None ? intOr(i32[a + 1], -1) : -1);
        return b === null ? C.None : bytesValue(b);
      },
      Q.readinto, 2, 3, function (a: number, n: number) {
        const room = bufSize(i32[a + 1]);
        const b = take(a, n > 2 ? Math.min(intOr(i32[a + 2], room), room) : room);
        return b === null ? C.None : mkInt(fillBuf(i32[a + 1], b));
      },
      Q.readline, 1, 1, function (a: number) {
        const q = rx(a);
        let k = 0;
        while (k < q.length && q[k] !== 10) k++;
        const b = take(a, k + 1);
        return b === null ? C.None : bytesValue(b);
      },
      Q.write, 2, 2, function (a: number) {
        const uart: HalUART = live(self(a), "UART").h;
        const bytes = bufBytes(i32[a + 1]);
        uart.write(bytes);
        return mkInt(bytes.length);
      },
      Q.flush, 1, 1, function () {
        return C.None;
      },
      Q.txdone, 1, 1, function () {
        return C.True;
      },
      Q.irq, 1, 4, function (a: number, n: number, kw: number, nkw: number) {
        const o = self(a);
        setFld(o, F_TRIGGER, mkInt(irqArgs(o, a, n, kw, nkw, IRQ_RXIDLE)));
        // bytes already waiting count as an event
        if (i32[(o >> 2) + M.handler] !== C.None && rx(a).length > 0) fire(o);
        return C.None;
      },
    ]),
    [Q.IRQ_RX, IRQ_RX, Q.IRQ_RXIDLE, IRQ_RXIDLE],
  );
  return T_UART;
}
