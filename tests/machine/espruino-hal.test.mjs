// machine on Espruino: the Espruino bundle built with MPJS_MACHINE on, run in the restricted realm
// (tests/lib/realm.mjs) against a recorder of the Espruino API its HAL uses (targets/espruino/hal.ts):
// pinMode/digitalRead/digitalWrite, setWatch, analogRead/analogWrite, I2C1, SPI1, Serial1,
// setTimeout/setInterval, getSerial, E.reboot.

import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rollup } from "rollup";
import config, { targets } from "../../rollup.config.mjs";
import { createRealm } from "../lib/realm.mjs";

// the bundle as rollup makes it for Espruino, unminified, with machine in
async function machineBundle() {
  const entry = config.find((c) => c.input === "targets/espruino/main.ts");
  const saved = targets.espruino.MPJS_MACHINE;
  targets.espruino.MPJS_MACHINE = true;
  try {
    const bundle = await rollup({ ...entry, onwarn() {} });
    const { output } = await bundle.generate({ ...entry.output, plugins: [], sourcemap: false });
    await bundle.close();
    return output[0].code;
  } finally {
    targets.espruino.MPJS_MACHINE = saved;
  }
}

// Espruino's API, recording every call in LOG; a device at 0x48 on I2C1 with registers 1, 2, 3
const RECORDER = `
var global = this;
var LOG = [];
var KINDS = []; // what the bytes written came as: machine hands over views of its heap (hal.ts)
var LEVELS = {};
var WATCHES = [];
function rec() { LOG.push(Array.prototype.slice.call(arguments)); }
for (var i = 0; i < 40; i++) global["D" + i] = { name: "D" + i };
global.LED1 = { name: "LED1" };
function pinMode(p, m) { rec("pinMode", p.name, m); if (m === "input_pullup") LEVELS[p.name] = 1; }
function digitalWrite(p, v) { rec("digitalWrite", p.name, v ? 1 : 0); LEVELS[p.name] = v ? 1 : 0; }
function digitalRead(p) { return LEVELS[p.name] || 0; }
function setWatch(f, p, o) { rec("setWatch", p.name, o.edge, o.repeat); WATCHES.push({ f: f, pin: p.name }); return WATCHES.length; }
function clearWatch(id) { rec("clearWatch", id); WATCHES[id - 1] = null; }
function fireWatch(name, state) {
  LEVELS[name] = state;
  for (var i = 0; i < WATCHES.length; i++) if (WATCHES[i] && WATCHES[i].pin === name) WATCHES[i].f({ state: !!state, time: 0 });
}
function analogRead(p) { rec("analogRead", p.name); return 0.25; }
function analogWrite(p, v, o) { rec("analogWrite", p.name, v, o.freq); }
var REGS = [1, 2, 3, 0];
var PTR = 0;
function I2C() {}
I2C.prototype.setup = function (o) { rec("i2c.setup", o.scl && o.scl.name, o.sda && o.sda.name, o.bitrate); };
I2C.prototype.writeTo = function (o, data) {
  if (o.address !== 0x48) throw new Error("I2C Error: No ACK");
  rec("i2c.writeTo", o.address, Array.prototype.slice.call(data), o.stop);
  KINDS.push(Object.prototype.toString.call(data));
  if (data.length) PTR = data[0];
  for (var i = 1; i < data.length; i++) REGS[PTR++] = data[i];
};
I2C.prototype.readFrom = function (o, n) {
  if (o.address !== 0x48) throw new Error("I2C Error: No ACK");
  var r = new Uint8Array(n);
  for (var i = 0; i < n; i++) r[i] = REGS[PTR++];
  return r;
};
var I2C1 = new I2C();
function SPI() {}
SPI.prototype.setup = function (o) { rec("spi.setup", o.baud, o.mode, o.order); };
SPI.prototype.send = function (data) {
  rec("spi.send", Array.prototype.slice.call(data));
  KINDS.push(Object.prototype.toString.call(data));
  var r = new Uint8Array(data.length);
  for (var i = 0; i < data.length; i++) r[i] = data[i] ^ 0xff;
  return r;
};
var SPI1 = new SPI();
var Serial1 = {
  listeners: [],
  setup: function (baud, o) { rec("serial.setup", baud, o.bytesize, o.parity, o.stopbits); },
  on: function (ev, f) { this.listeners.push(f); },
  removeListener: function (ev, f) { rec("serial.removeListener"); },
  write: function (d) { rec("serial.write", Array.prototype.slice.call(d)); KINDS.push(Object.prototype.toString.call(d)); },
};
function getSerial() { return "30aea4f1-2cd0"; }
var E = { reboot: function () { rec("E.reboot"); } };
function setInterval(f, ms) {
  var id = { dead: false };
  function tick() { id.t = setTimeout(function () { if (!id.dead) { f(); tick(); } }, ms); }
  tick();
  return id;
}
var clearTimeout0 = clearTimeout;
clearTimeout = function (t) { if (t && typeof t === "object" && t.t !== undefined) { t.dead = true; clearTimeout0(t.t); } else clearTimeout0(t); };
`;

describe("machine on Espruino", () => {
  test("the HAL drives Espruino's API", async () => {
    const code = await machineBundle();
    const realm = createRealm({ timeoutMs: 60000 });
    realm.run(RECORDER, "recorder.js");
    realm.run(code, "mpjs.js");
    realm.run(`
var DONE = null;
mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
from machine import Pin, I2C, SPI, UART, ADC, PWM, Timer, unique_id
import time
p = Pin(2, Pin.OUT)
p.on()
print(p.value(), Pin("LED1"))
b = Pin(0, Pin.IN, Pin.PULL_UP)
b.irq(lambda p: print("edge", p.value()), Pin.IRQ_FALLING)
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100000)
print(i2c, i2c.scan())
i2c.writeto_mem(0x48, 1, b'\\x09')
print(i2c.readfrom_mem(0x48, 0, 3))
try:
    i2c.readfrom(0x10, 1)
except OSError as e:
    print(e)
spi = SPI(1, baudrate=1000000, polarity=1)
print(spi.read(2, 0x0f))
u = UART(1, 9600)
u.write(b'hi')
print(ADC(Pin(34)).read_u16())
PWM(Pin(5), freq=1000, duty_u16=32768)
print(unique_id())
Timer(-1, period=10, mode=Timer.ONE_SHOT, callback=lambda t: print("timer"))
time.sleep_ms(50)
try:
    Pin(99)
except ValueError as e:
    print(e)
`)}, function (e) { DONE = String(e); });
`);
    // the button: a falling edge through setWatch while the program sleeps
    realm.run('fireWatch("D0", 0)');
    await realm.idle();
    expect(realm.run("DONE")).toBe("null");
    expect(realm.stderr()).toBe("");
    expect(realm.stdout()).toBe(
      [
        "1 Pin(LED1)",
        "I2C(0, scl=D22, sda=D21, freq=100000) [72]",
        "b'\\x01\\t\\x03'",
        "[Errno 19] ENODEV",
        "b'\\xf0\\xf0'",
        "16384",
        "b'0\\xae\\xa4\\xf1,\\xd0'",
        "edge 0",
        "timer",
        "invalid pin",
        "",
      ].join("\n"),
    );
    const log = JSON.parse(realm.run("JSON.stringify(LOG)"));
    const has = (entry) => log.some((e) => JSON.stringify(e) === JSON.stringify(entry));
    expect(has(["pinMode", "D2", "output"])).toBe(true);
    expect(has(["digitalWrite", "D2", 1])).toBe(true);
    expect(has(["pinMode", "D0", "input_pullup"])).toBe(true);
    expect(has(["setWatch", "D0", "falling", true])).toBe(true);
    expect(has(["i2c.setup", "D22", "D21", 100000])).toBe(true);
    expect(has(["i2c.writeTo", 0x48, [1, 9], true])).toBe(true);
    expect(has(["spi.setup", 1000000, 2, "msb"])).toBe(true);
    expect(has(["spi.send", [15, 15]])).toBe(true);
    expect(has(["serial.setup", 9600, 8, "none", 1])).toBe(true);
    expect(has(["serial.write", [104, 105]])).toBe(true);
    expect(has(["analogRead", "D34"])).toBe(true);
    expect(has(["analogWrite", "D5", 32768 / 65535, 1000])).toBe(true);
    // bytes go out as typed arrays, not as JS arrays (on a board, a JsVar per byte)
    const kinds = JSON.parse(realm.run("JSON.stringify(KINDS)"));
    expect(kinds.length).toBeGreaterThan(3);
    expect(kinds.filter((k) => k !== "[object Uint8Array]")).toEqual([]);
  });

  // Duktape (a strict ES5 engine, no timers): the shipped board-profile bundle (mpjs deploy's,
  // minified, machine in) over the same recorder, the synchronous peripherals
  const duk = spawnSync("duk", ["-e", "print(1)"], { encoding: "utf8" });
  test.skipIf(duk.error || duk.stdout !== "1\n")("on Duktape, the board bundle drives the recorder", () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-espruino-hal-"));
    try {
      const files = ["recorder.js", "mpjs.js", "driver.js"].map((f) => join(dir, f));
      writeFileSync(files[0], "var clearTimeout = function () {};\n" + RECORDER);
      writeFileSync(files[1], readFileSync("dist/espruino/mpjs-board.js", "utf8"));
      writeFileSync(
        files[2],
        `mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
from machine import Pin, I2C, SPI, UART, ADC, PWM, unique_id
p = Pin(2, Pin.OUT)
p.on()
print(p.value(), Pin("LED1"))
i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=100000)
print(i2c.scan(), i2c.readfrom_mem(0x48, 0, 3))
try:
    i2c.readfrom(0x10, 1)
except OSError as e:
    print(e)
print(SPI(1, baudrate=1000000).read(2, 0x0f))
print(UART(1, 9600).write('hi'))
print(ADC(Pin(34)).read_u16())
PWM(Pin(5), freq=1000, duty_u16=32768)
print(unique_id())
try:
    Pin(99)
except ValueError as e:
    print(e)
`)}, function (e) { print("done " + e); print(JSON.stringify(LOG)); });
`,
      );
      const r = spawnSync("duk", files, { encoding: "utf8", timeout: 60000 });
      const out = r.stdout.split("\n");
      expect(out.slice(0, 9)).toEqual([
        "1 Pin(LED1)",
        "[72] b'\\x01\\x02\\x03'",
        "[Errno 19] ENODEV",
        "b'\\xf0\\xf0'",
        "2",
        "16384",
        "b'0\\xae\\xa4\\xf1,\\xd0'",
        "invalid pin",
        "done null",
      ]);
      const log = JSON.parse(out[9]);
      const has = (entry) => log.some((e) => JSON.stringify(e) === JSON.stringify(entry));
      expect(has(["digitalWrite", "D2", 1])).toBe(true);
      expect(has(["i2c.setup", "D22", "D21", 100000])).toBe(true);
      expect(has(["serial.write", [104, 105]])).toBe(true);
      expect(has(["analogWrite", "D5", 32768 / 65535, 1000])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
