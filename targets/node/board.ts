// The simulated board of the Node target: the HAL (src/machine/hal.ts) over pins, ADC, PWM, I2C
// devices, SPI and UART in memory, timers on Node's event loop. Tests (and the --board file) wire it
// and read its state back: pin levels and their history, PWM settings, what an SSD1306 shows.
//
// The board description (JSON, `mpjs --board FILE.json`; every member optional):
//   {"name": "my board", "pins": 40, "aliases": {"LED": 2},
//    "inputs": {"4": 1},                      driven levels of inputs (else pulls decide)
//    "adc": {"34": 0.5},                      fractions of the reference voltage
//    "i2c": [{"id": 0, "scl": 22, "sda": 21, "devices": [
//             {"type": "regs", "addr": 72, "regs": [1, 2, 3]},   a register file (256 bytes)
//             {"type": "ssd1306", "addr": 60, "width": 128, "height": 64}]}],
//    "spi": [{"id": 1}],                      loopback: MISO reads what MOSI sends
//    "uart": [{"id": 1, "loopback": false}]}  loopback unless false: then tests send and read
// Without a file the board is DEFAULT below.

import { Hal, HalI2C } from "../../src/machine/hal";

declare var setTimeout: any;
declare var setInterval: any;
declare var clearTimeout: any;
declare var clearInterval: any;

export const DEFAULT = {
  name: "simulated board",
  pins: 40,
  aliases: { LED: 2 },
  i2c: [
    {
      id: 0,
      scl: 22,
      sda: 21,
      devices: [
        { type: "ssd1306", addr: 0x3c, width: 128, height: 64 },
        { type: "regs", addr: 0x48, regs: [0x11, 0x22, 0x33, 0x44] },
      ],
    },
    { id: 1, scl: 26, sda: 25, devices: [] },
  ],
  spi: [{ id: 1 }, { id: 2 }],
  uart: [{ id: 1 }, { id: 2 }],
};

export interface Device {
  addr: number;
  write(bytes: number[], stop: boolean): void;
  read(n: number): number[];
  [k: string]: any;
}

// A register file: the first byte written sets the register pointer, the next bytes go to the
// registers from there; reads answer from the pointer on. The pointer wraps at 256.
export function regsDevice(addr: number, init?: number[]): Device {
  const regs: number[] = [];
  for (let k = 0; k < 256; k++) regs.push(init && k < init.length ? init[k] & 255 : 0);
  let ptr = 0;
  return {
    addr: addr,
    regs: regs,
    write: function (bytes: number[]) {
      if (bytes.length === 0) return;
      ptr = bytes[0];
      for (let k = 1; k < bytes.length; k++) {
        regs[ptr] = bytes[k] & 255;
        ptr = (ptr + 1) & 255;
      }
    },
    read: function (n: number) {
      const out: number[] = [];
      for (let k = 0; k < n; k++) {
        out.push(regs[ptr]);
        ptr = (ptr + 1) & 255;
      }
      return out;
    },
  };
}

// The commands of an SSD1306 that take arguments, and how many.
const SSD_ARGS: { [cmd: number]: number } = { 0x20: 1, 0x21: 2, 0x22: 2, 0x81: 1, 0x8d: 1, 0xa8: 1, 0xd3: 1, 0xd5: 1, 0xd9: 1, 0xda: 1, 0xdb: 1 };

// An SSD1306 display on I2C: a control byte (0x00/0x80 commands, 0x40 data) then commands or
// display RAM bytes, written in horizontal addressing mode within the column and page windows
// the 0x21 and 0x22 commands set. `ram` is pages of `width` bytes, bit 0 the top row of a page.
export function ssd1306Device(addr: number, width: number, height: number): Device {
  const pages = height >> 3;
  const d: Device = {
    addr: addr,
    width: width,
    height: height,
    ram: [] as number[],
    on: false,
    contrast: 0x7f,
    inverted: false,
    commands: [] as number[],
    col0: 0,
    col1: width - 1,
    page0: 0,
    page1: pages - 1,
    col: 0,
    page: 0,
    write: function (bytes: number[]) {
      let k = 0;
      while (k < bytes.length) {
        const c = bytes[k++];
        if (c & 0x40) {
          // data to the end of the transfer
          for (; k < bytes.length; k++) data(bytes[k]);
          return;
        }
        if (c & 0x80) {
          // one command byte follows, then another control byte
          if (k < bytes.length) command(bytes[k++]);
        } else {
          for (; k < bytes.length; k++) command(bytes[k]);
          return;
        }
      }
    },
    read: function (n: number) {
      const out: number[] = [];
      for (let k = 0; k < n; k++) out.push(d.on ? 0 : 0x40); // the status byte: bit 6 is display off
      return out;
    },
    // the pixel at (x, y): 1 lit, as written (before any invert command)
    pixel: function (x: number, y: number): number {
      return (d.ram[(y >> 3) * width + x] >> (y & 7)) & 1;
    },
    // the frame as rows of "#" (lit) and "." (dark)
    text: function (): string {
      const rows: string[] = [];
      for (let y = 0; y < height; y++) {
        let r = "";
        for (let x = 0; x < width; x++) r += d.pixel(x, y) ? "#" : ".";
        rows.push(r);
      }
      return rows.join("\n");
    },
  };
  for (let k = 0; k < width * pages; k++) d.ram.push(0);
  let pending = -1;
  let args: number[] = [];
  function command(b: number): void {
    if (pending >= 0) {
      args.push(b);
      if (args.length < SSD_ARGS[pending]) return;
      const cmd = pending;
      pending = -1;
      if (cmd === 0x21) {
        d.col0 = args[0] % width;
        d.col1 = args[1] % width;
        d.col = d.col0;
      } else if (cmd === 0x22) {
        d.page0 = args[0] % pages;
        d.page1 = args[1] % pages;
        d.page = d.page0;
      } else if (cmd === 0x81) d.contrast = args[0];
      return;
    }
    d.commands.push(b);
    if (SSD_ARGS[b]) {
      pending = b;
      args = [];
    } else if (b === 0xae || b === 0xaf) d.on = b === 0xaf;
    else if (b === 0xa6 || b === 0xa7) d.inverted = b === 0xa7;
  }
  function data(b: number): void {
    d.ram[d.page * width + d.col] = b & 255;
    if (d.col < d.col1) d.col++;
    else {
      d.col = d.col0;
      d.page = d.page < d.page1 ? d.page + 1 : d.page0;
    }
  }
  return d;
}

interface PinState {
  mode: number; // -1: never set up
  pull: number;
  out: number; // what the program drives
  ext: number | null; // what the outside world drives (tests, the board file)
  level: number;
  watches: { edges: number; fn: (level: number) => void }[];
  history: number[][]; // [time ms, level] at every change
}

export interface Board {
  hal: Hal;
  desc: any;
  pins: PinState[];
  adc: { [pin: string]: number };
  pwm: { [pin: string]: { freq: number; duty: number } | null };
  pwmLog: number[][]; // [pin, freq, duty]
  i2c: { id: number; scl?: number; sda?: number; devices: Device[] }[];
  spiLog: { id: any; out: number[]; in: number[]; opts: any }[];
  uarts: { [id: string]: { loopback: boolean; tx: number[]; send: (data: number[] | string) => void; opts: any } };
  bitstreams: { pin: number | string; timing: number[]; bytes: number[] }[];
  resets: number[];
  cause: number;
  cpuFreq: number;
  // the level of a pin; drive(pin, 0 | 1) sets an input from outside, drive(pin, null) releases it
  level(pin: number | string): number;
  drive(pin: number | string, v: number | null): void;
  setAdc(pin: number | string, fraction: number): void;
  device(addr: number, bus?: number): Device | null;
  uart(id: number): { loopback: boolean; tx: number[]; send: (data: number[] | string) => void; opts: any };
  // ends every timer (the program's end in `mpjs FILE.py`, or a new board)
  stop(): void;
  timers: number;
}

// A delay Node's timers can hold: at most 2**31 - 1 ms (a longer one fires after 1 ms, with a
// warning on stderr each time: time.sleep(2**31) flooded it); a sleep that long wakes and sleeps on
// (embed.ts pump), a timer that long fires after 24.8 days.
export function nodeDelay(ms: number): number {
  return ms < 1 ? 1 : ms > 2147483647 ? 2147483647 : ms;
}

// the bytes of what is sent to the board or what machine hands over (a view of the Python heap,
// valid only during the call: hal.ts), as a plain array of its own
function bytesOf(data: ArrayLike<number> | string): number[] {
  if (typeof data !== "string") return Array.prototype.slice.call(data);
  const out: number[] = [];
  for (let k = 0; k < data.length; k++) out.push(data.charCodeAt(k) & 255);
  return out;
}

export function createBoard(descIn?: any): Board {
  const desc = descIn || DEFAULT;
  const npins = desc.pins || 40;
  const aliases = desc.aliases || {};
  const pins: PinState[] = [];
  for (let k = 0; k < npins; k++) pins.push({ mode: -1, pull: 0, out: 0, ext: null, level: 0, watches: [], history: [] });
  const t0 = Date.now();
  const timers: any[] = [];

  function pinId(id: number | string): number | null {
    if (typeof id === "string") {
      if (Object.prototype.hasOwnProperty.call(aliases, id)) return aliases[id];
      return /^\d+$/.test(id) && +id < npins ? +id : null;
    }
    return id >= 0 && id < npins && id === Math.floor(id) ? id : null;
  }
  function pin(id: number | string): PinState {
    const k = pinId(id);
    if (k === null) throw new Error("no pin " + id);
    return pins[k];
  }
  // MicroPython's modes: 0 IN, 1 OUT, 2 OPEN_DRAIN; pulls 1 up, 2 down
  function compute(p: PinState): number {
    if (p.mode === 1) return p.out;
    if (p.mode === 2 && p.out === 0) return 0;
    if (p.ext !== null) return p.ext;
    if (p.pull === 1 || p.mode === 2) return 1;
    return 0;
  }
  function update(p: PinState): void {
    const was = p.level;
    p.level = compute(p);
    if (p.level === was) return;
    p.history.push([Date.now() - t0, p.level]);
    const edge = p.level ? 1 : 2;
    const ws = p.watches.slice(0);
    for (let k = 0; k < ws.length; k++) if (ws[k].edges & edge) ws[k].fn(p.level);
  }
  const inputs = desc.inputs || {};
  for (const key in inputs) {
    const p = pin(key);
    p.ext = inputs[key] ? 1 : 0;
    p.level = compute(p);
  }

  const buses: Board["i2c"] = [];
  const i2cDesc = desc.i2c || [];
  for (let k = 0; k < i2cDesc.length; k++) {
    const b = i2cDesc[k];
    const devices: Device[] = [];
    const ds = b.devices || [];
    for (let j = 0; j < ds.length; j++) {
      const dd = ds[j];
      if (dd.type === "ssd1306") devices.push(ssd1306Device(dd.addr, dd.width || 128, dd.height || 64));
      else if (dd.type === "regs") devices.push(regsDevice(dd.addr, dd.regs));
      else throw new Error("unknown I2C device type " + dd.type);
    }
    buses.push({ id: b.id, scl: b.scl, sda: b.sda, devices: devices });
  }

  function findBus(id: number | string | null, opts: any): Board["i2c"][0] | null {
    for (let k = 0; k < buses.length; k++) {
      const b = buses[k];
      if (id !== null ? b.id === id : b.scl === undefined || (b.scl === opts.scl && b.sda === opts.sda)) return b;
    }
    if (id !== null) return null;
    // a software bus works on any pins, as on a board: nothing is wired to these
    const soft = { id: -1, scl: opts.scl, sda: opts.sda, devices: [] as Device[] };
    buses.push(soft);
    return soft;
  }

  const uarts: Board["uarts"] = {};
  const uartDesc = desc.uart || [];
  for (let k = 0; k < uartDesc.length; k++) {
    const u = uartDesc[k];
    uarts[String(u.id)] = { loopback: u.loopback !== false, tx: [], send: function () {}, opts: null };
  }
  const spiIds: any[] = [];
  const spiDesc = desc.spi || [];
  for (let k = 0; k < spiDesc.length; k++) spiIds.push(spiDesc[k].id);

  const board: Board = {
    desc: desc,
    pins: pins,
    adc: {},
    pwm: {},
    pwmLog: [],
    i2c: buses,
    spiLog: [],
    uarts: uarts,
    bitstreams: [],
    resets: [],
    cause: 1,
    cpuFreq: desc.freq || 160000000,
    timers: 0,
    level: function (id) {
      return pin(id).level;
    },
    drive: function (id, v) {
      const p = pin(id);
      p.ext = v === null ? null : v ? 1 : 0;
      update(p);
    },
    setAdc: function (id, x) {
      board.adc[String(pinId(id))] = x;
    },
    device: function (addr, busId) {
      for (let k = 0; k < buses.length; k++) {
        if (busId !== undefined && buses[k].id !== busId) continue;
        for (let j = 0; j < buses[k].devices.length; j++) if (buses[k].devices[j].addr === addr) return buses[k].devices[j];
      }
      return null;
    },
    uart: function (id) {
      const u = uarts[String(id)];
      if (!u) throw new Error("no UART " + id);
      return u;
    },
    stop: function () {
      for (let k = 0; k < timers.length; k++) {
        clearTimeout(timers[k]);
        clearInterval(timers[k]);
      }
      timers.length = 0;
      board.timers = 0;
    },
    hal: {} as Hal,
  };
  const adcIn = desc.adc || {};
  for (const key in adcIn) board.setAdc(key, adcIn[key]);

  board.hal = {
    pinId: pinId,
    pinMode: function (id, mode, pull) {
      const p = pin(id);
      p.mode = mode;
      p.pull = pull;
      update(p);
    },
    pinRead: function (id) {
      return pin(id).level;
    },
    pinWrite: function (id, v) {
      const p = pin(id);
      p.out = v;
      // writing a pin never set up makes it an output, as on most ports
      if (p.mode < 0) p.mode = 1;
      update(p);
    },
    pinWatch: function (id, edges, fn) {
      const w = { edges: edges, fn: fn, pin: pin(id) };
      w.pin.watches.push(w);
      return w;
    },
    unwatch: function (w) {
      const ws = w.pin.watches;
      for (let k = 0; k < ws.length; k++) if (ws[k] === w) ws.splice(k, 1);
    },
    adcRead: function (id) {
      const v = board.adc[String(pinId(id))];
      return v === undefined ? 0 : v;
    },
    pwmSet: function (id, freq, duty) {
      board.pwm[String(pinId(id))] = { freq: freq, duty: duty };
      board.pwmLog.push([pinId(id) as number, freq, duty]);
    },
    pwmStop: function (id) {
      board.pwm[String(pinId(id))] = null;
    },
    i2cOpen: function (id, opts): HalI2C | null {
      const b = findBus(id, opts);
      if (!b) return null;
      function dev(addr: number): Device | null {
        for (let k = 0; k < b!.devices.length; k++) if (b!.devices[k].addr === addr) return b!.devices[k];
        return null;
      }
      return {
        write: function (addr, bytes, stop) {
          const d = dev(addr);
          if (!d) return -1;
          d.write(bytesOf(bytes), stop);
          return bytes.length;
        },
        read: function (addr, n) {
          const d = dev(addr);
          return d ? d.read(n) : null;
        },
      };
    },
    spiOpen: function (id, opts) {
      if (id !== null && spiIds.indexOf(id) < 0) return null;
      const log = { id: id, out: [] as number[], in: [] as number[], opts: opts };
      board.spiLog.push(log);
      return {
        transfer: function (bytes) {
          for (let k = 0; k < bytes.length; k++) log.out.push(bytes[k]);
          return bytesOf(bytes);
        },
      };
    },
    uartOpen: function (id, opts, onData) {
      const u = uarts[String(id)];
      if (!u) return null;
      u.opts = opts;
      let open = true;
      u.send = function (data) {
        if (open) onData(bytesOf(data));
      };
      return {
        write: function (bytes) {
          for (let k = 0; k < bytes.length; k++) u.tx.push(bytes[k]);
          if (u.loopback) onData(bytesOf(bytes));
        },
        close: function () {
          open = false;
        },
      };
    },
    bitstream: function (id, timing, bytes) {
      board.bitstreams.push({ pin: pinId(id) as number, timing: timing, bytes: bytesOf(bytes) });
    },
    timerSet: function (fn, ms, periodic) {
      const h = periodic
        ? setInterval(fn, nodeDelay(ms))
        : setTimeout(function () {
            board.hal.timerClear!(h);
            fn();
          }, nodeDelay(ms));
      timers.push(h);
      board.timers++;
      return h;
    },
    timerClear: function (h) {
      const k = timers.indexOf(h);
      if (k >= 0) {
        timers.splice(k, 1);
        board.timers--;
      }
      clearTimeout(h);
      clearInterval(h);
    },
    freq: function () {
      return board.cpuFreq;
    },
    setFreq: function (hz) {
      board.cpuFreq = hz;
    },
    reset: function (cause) {
      board.resets.push(cause);
      board.cause = cause;
    },
    resetCause: function () {
      return board.cause;
    },
    uniqueId: function () {
      return [0x24, 0x6f, 0x28, 0x1a, 0x2b, 0x3c];
    },
  };
  return board;
}
