// machine's HAL on Espruino (DESIGN.md's table): pins through pinMode/digitalRead/digitalWrite and
// setWatch, analogRead/analogWrite, the I2Cn/SPIn/Serialn objects (new I2C()/new SPI() for the
// software buses), setTimeout/setInterval, getSerial, E.reboot. Each global is tested before use:
// what the board lacks makes machine raise OSError. Pins are named as Espruino names them:
// Pin(2) is D2, Pin("LED1") is LED1; I2C(0) is I2C1, SPI(1) is SPI1, UART(1) is Serial1.

import { Hal, HalI2C, HalSPI, HalUART } from "../../src/machine/hal";

declare var global: any;
declare var E: any;

// Made at the first import of machine (Host.hal): its functions, and the helpers here that only
// they use, are RAM on Espruino that a program without machine does not need.
export function espruinoHal(): Hal {
  // the engine's globals, under a local name (shorter in the bundle than `global` each time); no
  // return before the functions below: Espruino does not hoist a function declared after one
  const G: any = typeof global !== "undefined" ? global : null;

  // (called once G is known to be there)
  function fn(name: string): any {
    return typeof G[name] === "function" ? G[name] : null;
  }

  // whether Espruino's E has the function name
  function hasE(name: string): boolean {
    return typeof E !== "undefined" && typeof E[name] === "function";
  }

  // the Espruino pin object of a canonical name
  function pin(name: number | string): any {
    return G[name];
  }

  // setup[key] = the pin p when the Python code gave one (a bus's scl, sda, sck... option)
  function pinOpt(setup: any, key: string, p: number | string | undefined): void {
    if (p !== undefined) setup[key] = pin(p);
  }

  // what Espruino answers: a Uint8Array as it is (I2C.readFrom's, SPI.send's), a string's bytes
  function bytes(data: any): ArrayLike<number> {
    if (typeof data !== "string") return data;
    const out: number[] = [];
    for (let k = 0; k < data.length; k++) out.push(data.charCodeAt(k) & 255);
    return out;
  }

  const MODES = ["input", "output", "opendrain", "af_output", "analog"];

  const h: Hal = {};
  if (!G) return h;
  if (fn("digitalRead")) {
    h.pinId = function (id) {
      const name = typeof id === "number" ? "D" + id : id;
      return G[name] !== undefined && typeof G[name] !== "function" ? name : null;
    };
    h.pinMode = function (p, mode, pull) {
      let m = MODES[mode] || "input";
      if ((mode === 0 || mode === 2) && pull) m += pull === 1 ? "_pullup" : "_pulldown";
      G.pinMode(pin(p), m);
    };
    h.pinRead = function (p) {
      return G.digitalRead(pin(p)) ? 1 : 0;
    };
    h.pinWrite = function (p, v) {
      G.digitalWrite(pin(p), v);
    };
  }
  if (fn("setWatch")) {
    h.pinWatch = function (p, edges, f) {
      const edge = edges === 1 ? "rising" : edges === 2 ? "falling" : "both";
      return G.setWatch(
        function (e: any) {
          f(e.state ? 1 : 0);
        },
        pin(p),
        { repeat: true, edge: edge },
      );
    };
    h.unwatch = function (w) {
      G.clearWatch(w);
    };
  }
  if (fn("analogRead")) {
    h.adcRead = function (p) {
      return G.analogRead(pin(p));
    };
  }
  if (fn("analogWrite")) {
    h.pwmSet = function (p, freq, duty) {
      G.analogWrite(pin(p), duty, { freq: freq });
    };
    h.pwmStop = function (p) {
      G.digitalWrite(pin(p), 0);
    };
  }
  if (fn("I2C")) {
    h.i2cOpen = function (id, opts): HalI2C | null {
      const bus = id === null ? new G.I2C() : G["I2C" + ((id as number) + 1)];
      if (!bus) return null;
      const setup: any = { bitrate: opts.freq };
      pinOpt(setup, "scl", opts.scl);
      pinOpt(setup, "sda", opts.sda);
      bus.setup(setup);
      // Espruino throws on a NACK: the address did not answer
      return {
        write: function (addr, data, stop) {
          try {
            bus.writeTo({ address: addr, stop: stop }, data);
            return data.length;
          } catch (e) {
            return -1;
          }
        },
        read: function (addr, n, stop) {
          try {
            return bytes(bus.readFrom({ address: addr, stop: stop }, n));
          } catch (e) {
            return null;
          }
        },
      };
    };
  }
  if (fn("SPI")) {
    h.spiOpen = function (id, opts): HalSPI | null {
      const bus = id === null ? new G.SPI() : G["SPI" + id];
      if (!bus) return null;
      const setup: any = { baud: opts.baudrate, mode: (opts.polarity << 1) | opts.phase, order: opts.firstbit ? "lsb" : "msb" };
      pinOpt(setup, "sck", opts.sck);
      pinOpt(setup, "mosi", opts.mosi);
      pinOpt(setup, "miso", opts.miso);
      bus.setup(setup);
      return {
        transfer: function (data) {
          return bytes(bus.send(data));
        },
      };
    };
  }
  h.uartOpen = function (id, opts, onData): HalUART | null {
    const port = G["Serial" + id];
    if (!port || typeof port.setup !== "function") return null;
    const o: any = { bytesize: opts.bits, parity: opts.parity === null ? "none" : opts.parity ? "odd" : "even", stopbits: opts.stop };
    pinOpt(o, "tx", opts.tx);
    pinOpt(o, "rx", opts.rx);
    port.setup(opts.baudrate, o);
    const listener = function (data: string) {
      onData(bytes(data));
    };
    port.on("data", listener);
    return {
      write: function (data) {
        port.write(data);
      },
      close: function () {
        port.removeListener("data", listener);
      },
    };
  };
  if (fn("setTimeout")) {
    h.timerSet = function (f, ms, periodic) {
      return periodic ? G.setInterval(f, ms) : G.setTimeout(f, ms);
    };
    h.timerClear = function (t) {
      G.clearTimeout(t);
    };
  }
  if (hasE("getClock")) {
    h.freq = function () {
      const c = E.getClock();
      return typeof c === "number" ? c : c && c.sysclk ? c.sysclk : 0;
    };
  }
  if (hasE("reboot")) {
    h.reset = function () {
      E.reboot();
    };
  }
  if (fn("getSerial")) {
    // "30aea4f1-2cd0" and the like: the hex digits as bytes
    h.uniqueId = function () {
      const hex = String(G.getSerial()).replace(/[^0-9a-fA-F]/g, "");
      const out: number[] = [];
      for (let k = 0; k + 1 < hex.length; k += 2) out.push(parseInt(hex.substr(k, 2), 16));
      return out;
    };
  }
  return h;
}
