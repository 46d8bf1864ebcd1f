// machine's HAL under IoT.js: pins through require("gpio"), require("adc"), require("pwm"), the buses
// through require("i2c"), require("spi"), require("uart"), and the timers through the globals
// setTimeout/setInterval. Each module is asked for once, when the HAL is made; a module that
// require does not find (or a require that throws, or no require at all: bare JerryScript with
// only print) leaves its calls out, so machine raises its OSError "... not available on this host".
//
// The IoT.js API used is the one of IoT.js 1.0's docs (docs/api/IoT.js-API-*.md): the
// module.openSync(configuration) form, with the device objects' xxxSync methods. Pins are IoT.js's
// logical pin numbers: Pin(2) is pin 2 (a string of digits is taken as its number; other names
// are not pins). Bus ids: I2C(1) opens {device: "/dev/i2c-1", bus: 1}, SPI(0) {device:
// "/dev/spidev0.0", bus: 0}, UART(1) {device: "/dev/ttyS1", port: 1} (UART("/dev/ttyUSB0") takes
// the path as is): Linux reads device, NuttX and TizenRT read bus/port, each ignores the other.
//
// Configuration objects are filled by dot assignments (c.pin = ...), never object literals: the
// bundle's minifier keeps the property names this folder writes with a dot (rollup.config.mjs).

import { Hal, HalI2C, HalSPI, HalUART } from "../../src/machine/hal";

declare var require: any;
declare var setTimeout: any;
declare var setInterval: any;
declare var clearTimeout: any;
declare var clearInterval: any;
declare var Buffer: any;

// the bytes of what IoT.js gives (a string of bytes, a Buffer, an array), or of what machine hands
// over (a view of the heap, hal.ts), as the plain array IoT.js's modules take
export function bytes(data: any): number[] {
  const out: number[] = [];
  if (data === null || data === undefined) return out;
  if (typeof data === "string") for (let k = 0; k < data.length; k++) out.push(data.charCodeAt(k) & 255);
  else if (typeof data.readUInt8 === "function") for (let k = 0; k < data.length; k++) out.push(data.readUInt8(k));
  else for (let k = 0; k < data.length; k++) out.push(data[k] & 255);
  return out;
}

// what uart.writeSync sends: a Buffer of the bytes where the host has Buffer (a string would go
// out as UTF-8, two bytes for each byte over 127), else a string of them
export function outgoing(data: ArrayLike<number>): any {
  if (typeof Buffer === "function") return new Buffer(bytes(data));
  let s = "";
  for (let k = 0; k < data.length; k++) s += String.fromCharCode(data[k] & 255);
  return s;
}

// Made at the first import of machine (Host.hal): its functions, and the helpers here that only
// they use, need not exist in a program without machine.
export function iotjsHal(): Hal {
  // ADC: IoT.js's adcpin.readSync() answers the converter's raw count; its docs give no scale. The
  // boards IoT.js runs on (STM32F4 under NuttX, ARTIK05x under TizenRT) have 12-bit converters, so
  // the count is taken as 0..4095 of the reference (machine then scales to read_u16 and read_uv).
  const ADC_MAX = 4095;

  function mod(name: string): any {
    if (typeof require !== "function") return null;
    try {
      const m = require(name);
      return m && typeof m.openSync === "function" ? m : null;
    } catch (e) {
      return null;
    }
  }

  function close(dev: any): void {
    try {
      if (dev && typeof dev.closeSync === "function") dev.closeSync();
    } catch (e) {
      // already closed, or the device went away: nothing left to release
    }
  }

  // an enumeration member of an IoT.js module (gpio.MODE.PULLUP...), undefined where it lacks it
  function member(m: any, group: string, name: string): any {
    const g = m[group];
    return g ? g[name] : undefined;
  }

  const h: Hal = {};
  const gpio = mod("gpio");
  const adc = mod("adc");
  const pwm = mod("pwm");
  const i2c = mod("i2c");
  const spi = mod("spi");
  const uart = mod("uart");

  if (gpio || adc || pwm || i2c || spi) {
    h.pinId = function (id) {
      if (typeof id === "string" && /^[0-9]+$/.test(id)) id = parseInt(id, 10);
      return typeof id === "number" && id >= 0 && id === Math.floor(id) ? id : null;
    };
  }

  if (gpio) {
    // the open GPIOPin of each pin number, with what it was opened with: the edge is part of
    // IoT.js's configuration, so watching a pin reopens it with its edge
    const pins: any = {};
    const open = function (p: any, mode: number, pull: number, edges: number): any {
      const old = pins[p];
      if (old) close(old.dev);
      const c: any = {};
      c.pin = p;
      c.direction = member(gpio, "DIRECTION", mode === 1 || mode === 2 ? "OUT" : "IN");
      const m = mode === 2 ? "OPENDRAIN" : mode === 1 ? "" : pull === 1 ? "PULLUP" : pull === 2 ? "PULLDOWN" : "";
      if (m && member(gpio, "MODE", m) !== undefined) c.mode = member(gpio, "MODE", m);
      if (edges) c.edge = member(gpio, "EDGE", edges === 1 ? "RISING" : edges === 2 ? "FALLING" : "BOTH");
      const e: any = { dev: gpio.openSync(c), mode: mode, pull: pull, edges: edges, fn: null };
      pins[p] = e;
      return e;
    };
    // IoT.js's native gpio calls the pin's onChange property when an edge comes (its Linux
    // sources; the API docs do not say): a pin that is an event emitter (has on()) gets a
    // 'change' listener instead, which is not confirmed by the docs either
    const listen = function (e: any, fn: any): void {
      e.fn = fn;
      if (typeof e.dev.on === "function") e.dev.on("change", fn);
      else e.dev.onChange = fn;
    };
    const entry = function (p: any, mode: number): any {
      return pins[p] || open(p, mode, 0, 0);
    };
    h.pinMode = function (p, mode, pull) {
      const old = pins[p];
      const e = open(p, mode, pull, old && mode === 0 ? old.edges : 0);
      if (old && old.fn && e.edges) listen(e, old.fn);
    };
    h.pinRead = function (p) {
      return entry(p, 0).dev.readSync() ? 1 : 0;
    };
    h.pinWrite = function (p, v) {
      entry(p, 1).dev.writeSync(!!v);
    };
    h.pinWatch = function (p, edges, f) {
      const old = pins[p];
      const e = open(p, 0, old ? old.pull : 0, edges);
      const w: any = {};
      w.p = p;
      w.fn = function () {
        // the event carries no level: the pin is read when it comes (from the pin open then: a
        // pinMode since may have reopened it)
        f(pins[p].dev.readSync() ? 1 : 0);
      };
      listen(e, w.fn);
      return w;
    };
    // the watch may have moved to a pin reopened by pinMode since: it is found by its listener
    h.unwatch = function (w) {
      const e = pins[w.p];
      if (!e || e.fn !== w.fn) return;
      if (typeof e.dev.removeListener === "function") e.dev.removeListener("change", e.fn);
      else e.dev.onChange = null;
      // no edge any more: the pin is reopened without one, as it was before the watch
      open(w.p, e.mode, e.pull, 0);
    };
  }

  if (adc) {
    const adcs: any = {};
    h.adcRead = function (p) {
      let dev = adcs[p];
      if (!dev) {
        const c: any = {};
        c.pin = p;
        dev = adcs[p] = adc.openSync(c);
      }
      return dev.readSync() / ADC_MAX;
    };
  }

  if (pwm) {
    // period in seconds and duty cycle as a fraction (0..1), as IoT.js's pwm takes them
    const pwms: any = {};
    h.pwmSet = function (p, freq, duty) {
      const period = freq > 0 ? 1 / freq : 0;
      let dev = pwms[p];
      if (!dev) {
        const c: any = {};
        c.pin = p;
        c.period = period;
        c.dutyCycle = duty;
        dev = pwms[p] = pwm.openSync(c);
      } else {
        dev.setPeriodSync(period);
        dev.setDutyCycleSync(duty);
      }
      dev.setEnableSync(true);
    };
    h.pwmStop = function (p) {
      const dev = pwms[p];
      if (!dev) return;
      try {
        dev.setEnableSync(false);
      } catch (e) {
        // closing below ends the signal anyway
      }
      close(dev);
      delete pwms[p];
    };
  }

  if (i2c) {
    // IoT.js opens one I2C device per address (the address is part of the configuration); the bus
    // object keeps one open device per address it has talked to. IoT.js throws when the device
    // does not answer: that is a NACK, which machine raises as OSError ENODEV. Its API has no
    // repeated start (each transfer ends with a stop) and no bus frequency: stop and freq are
    // not passed on. There is no software I2C: SoftI2C finds no bus.
    h.i2cOpen = function (id, opts): HalI2C | null {
      if (id === null) return null;
      const devs: any = {};
      const dev = function (addr: number): any {
        if (devs[addr]) return devs[addr];
        const c: any = {};
        if (typeof id === "string") c.device = id;
        else {
          c.device = "/dev/i2c-" + id;
          c.bus = id;
        }
        c.address = addr;
        return (devs[addr] = i2c.openSync(c));
      };
      // a device that failed is closed, not kept (a scan would leave 112 of them open)
      const drop = function (addr: number): void {
        close(devs[addr]);
        delete devs[addr];
      };
      return {
        write: function (addr, data, stop) {
          try {
            // a zero-length write (scan's probe) is not sent by every driver: one byte is read instead
            if (data.length === 0) dev(addr).readSync(1);
            else dev(addr).writeSync(bytes(data));
            return data.length;
          } catch (e) {
            drop(addr);
            return -1;
          }
        },
        read: function (addr, n, stop) {
          try {
            return bytes(dev(addr).readSync(n));
          } catch (e) {
            drop(addr);
            return null;
          }
        },
      };
    };
  }

  if (spi) {
    h.spiOpen = function (id, opts): HalSPI | null {
      if (id === null) return null;
      const c: any = {};
      if (typeof id === "string") c.device = id;
      else {
        c.device = "/dev/spidev" + id + ".0";
        c.bus = id;
      }
      const mode = (opts.polarity << 1) | opts.phase;
      c.mode = spi.MODE && spi.MODE[mode] !== undefined ? spi.MODE[mode] : mode;
      c.maxSpeed = opts.baudrate;
      c.bitsPerWord = opts.bits;
      const order = member(spi, "BITORDER", opts.firstbit ? "LSB" : "MSB");
      if (order !== undefined) c.bitOrder = order;
      const dev = spi.openSync(c);
      return {
        // IoT.js 1.0 answers the received bytes; earlier versions fill the second argument
        transfer: function (data) {
          const rx: number[] = [];
          for (let k = 0; k < data.length; k++) rx.push(0);
          const r = dev.transferSync(bytes(data), rx);
          return bytes(r && typeof r.length === "number" ? r : rx);
        },
      };
    };
  }

  if (uart) {
    // baud rate and data bits go to IoT.js; its uart has no parity, stop bits or pin choice
    h.uartOpen = function (id, opts, onData): HalUART | null {
      const c: any = {};
      if (typeof id === "string") c.device = id;
      else {
        c.device = "/dev/ttyS" + id;
        c.port = id;
      }
      c.baudRate = opts.baudrate;
      c.dataBits = opts.bits;
      const dev = uart.openSync(c);
      const listener = function (data: any) {
        onData(bytes(data));
      };
      dev.on("data", listener);
      return {
        write: function (data) {
          dev.writeSync(outgoing(data));
        },
        close: function () {
          if (typeof dev.removeListener === "function") dev.removeListener("data", listener);
          close(dev);
        },
      };
    };
  }

  if (typeof setTimeout === "function") {
    // a periodic timer is setInterval where the host has it, else a timeout set again at each run
    h.timerSet = function (f, ms, periodic) {
      const t: any = {};
      t.dead = false;
      t.interval = periodic && typeof setInterval === "function";
      if (t.interval) t.id = setInterval(f, ms);
      else {
        const run = function () {
          if (t.dead) return;
          if (periodic) t.id = setTimeout(run, ms);
          f();
        };
        t.id = setTimeout(run, ms);
      }
      return t;
    };
    h.timerClear = function (t) {
      t.dead = true;
      if (t.interval) clearInterval(t.id);
      else if (typeof clearTimeout === "function") clearTimeout(t.id);
    };
  }
  return h;
}
