// machine under IoT.js: the JerryScript bundle built with MPJS_MACHINE on, run in the restricted
// realm (tests/lib/realm.mjs) against a recorder of the IoT.js modules its HAL uses
// (targets/jerryscript/hal.ts): a `require` answering gpio, adc, pwm, i2c, spi and uart, each
// recording its calls, an I2C device at 0x48 with registers; timers are the realm's setTimeout,
// with a setInterval over it; the same recorder under Duktape (no timers) with the minified bundle.
// Without require (bare JerryScript), machine raises OSError.

import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rollup } from "rollup";
import config, { targets } from "../../rollup.config.mjs";
import { createRealm } from "../lib/realm.mjs";
import { checkBundle } from "../lib/dialect.mjs";

// the bundle as rollup makes it for JerryScript, with machine in; minified (as it is shipped,
// so that the property names the HAL uses on IoT.js objects are checked to survive) or not
const built = {};
function machineBundle(minified) {
  return built[minified] || (built[minified] = build(minified));
}
async function build(minified) {
  const entry = config.find((c) => c.input === "targets/jerryscript/main.ts" && c.output.file === "dist/jerryscript/mpjs.js");
  const saved = targets.jerryscript.MPJS_MACHINE;
  targets.jerryscript.MPJS_MACHINE = true;
  try {
    const bundle = await rollup({ ...entry, onwarn() {} });
    const { output } = await bundle.generate({ ...entry.output, plugins: minified ? entry.output.plugins : [], sourcemap: false });
    await bundle.close();
    return output[0].code;
  } finally {
    targets.jerryscript.MPJS_MACHINE = saved;
  }
}

// IoT.js's modules, recording every call in LOG
const RECORDER = `
var LOG = [];
// true: GPIOPins have no on(), IoT.js calls their onChange property (the native module's form)
var ONCHANGE = typeof ONCHANGE !== "undefined" && ONCHANGE;
var LEVELS = {};
var PINS = [];
function rec() { LOG.push(Array.prototype.slice.call(arguments)); }
function arr(a) { return Array.prototype.slice.call(a); }
function emitter(o) {
  o.listeners = {};
  o.on = function (ev, f) { (this.listeners[ev] = this.listeners[ev] || []).push(f); return this; };
  o.removeListener = function (ev, f) {
    var l = this.listeners[ev] || [];
    for (var i = 0; i < l.length; i++) if (l[i] === f) { l.splice(i, 1); break; }
    rec(this.kind + ".removeListener", ev);
    return this;
  };
  o.emit = function (ev, a) { var l = (this.listeners[ev] || []).slice(); for (var i = 0; i < l.length; i++) l[i](a); };
  return o;
}
var gpio = {
  DIRECTION: { IN: 0, OUT: 1 },
  MODE: { NONE: 0, PULLUP: 1, PULLDOWN: 2, FLOAT: 3, PUSHPULL: 4, OPENDRAIN: 5 },
  EDGE: { NONE: 0, RISING: 1, FALLING: 2, BOTH: 3 },
  openSync: function (c) {
    rec("gpio.openSync", c.pin, c.direction, c.mode === undefined ? null : c.mode, c.edge === undefined ? null : c.edge);
    if (c.mode === 1 && LEVELS[c.pin] === undefined) LEVELS[c.pin] = 1;
    var p = ONCHANGE ? { kind: "gpio", pin: c.pin, closed: false } : emitter({ kind: "gpio", pin: c.pin, closed: false });
    if (ONCHANGE) p.emit = function () { if (p.onChange) p.onChange(); };
    p.readSync = function () { return !!LEVELS[c.pin]; };
    p.writeSync = function (v) { rec("gpio.writeSync", c.pin, v); LEVELS[c.pin] = v ? 1 : 0; };
    p.closeSync = function () { rec("gpio.closeSync", c.pin); p.closed = true; };
    PINS.push(p);
    return p;
  },
};
// an edge on an input pin: its level changes and its open GPIOPins emit 'change'
function edge(pin, level) {
  LEVELS[pin] = level;
  for (var i = 0; i < PINS.length; i++) if (PINS[i].pin === pin && !PINS[i].closed) PINS[i].emit("change");
}
var adc = {
  openSync: function (c) {
    rec("adc.openSync", c.pin);
    return { readSync: function () { rec("adc.readSync", c.pin); return 1024; }, closeSync: function () {} };
  },
};
var pwm = {
  openSync: function (c) {
    rec("pwm.openSync", c.pin, c.period, c.dutyCycle);
    return {
      setPeriodSync: function (s) { rec("pwm.setPeriodSync", c.pin, s); },
      setDutyCycleSync: function (d) { rec("pwm.setDutyCycleSync", c.pin, d); },
      setEnableSync: function (e) { rec("pwm.setEnableSync", c.pin, e); },
      closeSync: function () { rec("pwm.closeSync", c.pin); },
    };
  },
};
var REGS = [1, 2, 3, 0];
var PTR = 0;
var i2c = {
  openSync: function (c) {
    // opening succeeds for any address (as on Linux); the transfers throw when nothing answers
    var dev = {
      writeSync: function (data) {
        if (c.address !== 0x48) throw new Error("I2C write error");
        rec("i2c.writeSync", c.device, c.bus, c.address, arr(data));
        if (data.length) PTR = data[0];
        for (var i = 1; i < data.length; i++) REGS[PTR++] = data[i];
      },
      readSync: function (n) {
        if (c.address !== 0x48) throw new Error("I2C read error");
        var r = [];
        for (var i = 0; i < n; i++) r.push(REGS[PTR++]);
        return r;
      },
      closeSync: function () {},
    };
    return dev;
  },
};
var spi = {
  MODE: [0, 1, 2, 3],
  BITORDER: { MSB: 0, LSB: 1 },
  openSync: function (c) {
    rec("spi.openSync", c.device, c.bus, c.mode, c.maxSpeed, c.bitsPerWord, c.bitOrder);
    return {
      transferSync: function (tx) {
        rec("spi.transferSync", arr(tx));
        var r = [];
        for (var i = 0; i < tx.length; i++) r.push(tx[i] ^ 0xff);
        return r;
      },
      closeSync: function () {},
    };
  },
};
var UARTS = [];
var uart = {
  openSync: function (c) {
    rec("uart.openSync", c.device, c.port, c.baudRate, c.dataBits);
    var u = emitter({ kind: "uart" });
    // a string or a Buffer (where the engine has one): recorded as its bytes
    u.writeSync = function (s) {
      var b = [];
      for (var i = 0; i < s.length; i++) b.push(typeof s === "string" ? s.charCodeAt(i) : s[i]);
      rec("uart.writeSync", b);
    };
    u.closeSync = function () { rec("uart.closeSync"); };
    UARTS.push(u);
    return u;
  },
};
var MODULES = { gpio: gpio, adc: adc, pwm: pwm, i2c: i2c, spi: spi, uart: uart };
function require(name) {
  if (!MODULES[name]) throw new Error("Module not found: " + name);
  return MODULES[name];
}
function setInterval(f, ms) {
  var id = { dead: false };
  function tick() { id.t = setTimeout(function () { if (!id.dead) { f(); tick(); } }, ms); }
  tick();
  return id;
}
function clearInterval(id) { rec("clearInterval"); id.dead = true; clearTimeout(id.t); }
`;

const PROGRAM = `
from machine import Pin, I2C, SPI, UART, ADC, PWM, Timer
import time
p = Pin(2, Pin.OUT)
p.on()
print(p.value())
p.off()
print(p.value(), Pin("7"))
b = Pin(0, Pin.IN, Pin.PULL_UP)
print(b.value())
b.irq(lambda p: print("edge", p.value()), Pin.IRQ_FALLING)
print(ADC(Pin(34)).read_u16())
pw = PWM(Pin(5), freq=1000, duty_u16=32768)
pw.freq(500)
pw.duty_u16(16384)
pw.deinit()
i2c = I2C(1, freq=100000)
print(i2c.scan())
i2c.writeto_mem(0x48, 1, b'\\x09')
print(i2c.readfrom_mem(0x48, 0, 3))
try:
    i2c.readfrom(0x10, 1)
except OSError as e:
    print(e)
spi = SPI(0, baudrate=1000000, polarity=1, phase=1)
buf = bytearray(2)
spi.write_readinto(b'\\x0f\\xf0', buf)
print(buf)
u = UART(1, 9600)
u.write(b'hi')
n = [0]
def tick(t):
    n[0] += 1
    print("tick")
    if n[0] == 3:
        t.deinit()
Timer(-1, period=10, mode=Timer.PERIODIC, callback=tick)
while n[0] < 3:
    time.sleep_ms(5)
time.sleep_ms(30)
print(u.read())
u.deinit()
b.irq(None)
Timer(-1, period=10, mode=Timer.ONE_SHOT, callback=lambda t: print("timer"))
time.sleep_ms(50)
try:
    Pin(-1)
except ValueError as e:
    print(e)
`;

async function runProgram(minified) {
  const code = await machineBundle(minified);
  const realm = createRealm({ timeoutMs: 60000 });
  realm.run(RECORDER, "recorder.js");
  realm.run(code, "mpjs.js");
  realm.run(`
var DONE = null;
mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(PROGRAM)}, function (e) { DONE = String(e); });
`);
  // the button: a falling edge while the program sleeps; bytes on the UART
  realm.run('edge(0, 0); UARTS[0].emit("data", "ok")');
  await realm.idle();
  return realm;
}

describe("machine under IoT.js", () => {
  for (const minified of [false, true]) {
    test(`the HAL drives IoT.js's modules${minified ? " (minified bundle)" : ""}`, async () => {
      const realm = await runProgram(minified);
      expect(realm.run("DONE")).toBe("null");
      expect(realm.stderr()).toBe("");
      const out = realm.stdout().split("\n");
      // the periodic timer ticks three times, then deinits itself (its lines are counted apart)
      expect(out.filter((l) => l === "tick").length).toBe(3);
      expect(out.filter((l) => l !== "tick")).toEqual([
        "1",
        "0 Pin(7)",
        "1",
        // 1024 of 4095 (the 12-bit count the HAL assumes) as 0..65535
        String(Math.round((1024 / 4095) * 65535)),
        "[72]",
        "b'\\x01\\t\\x03'",
        "[Errno 19] ENODEV",
        "bytearray(b'\\xf0\\x0f')",
        "edge 0",
        "b'ok'",
        "timer",
        "invalid pin",
        "",
      ]);
      const log = JSON.parse(realm.run("JSON.stringify(LOG)"));
      const has = (entry) => log.some((e) => JSON.stringify(e) === JSON.stringify(entry));
      // Pin(2, OUT): opened as an output, written; Pin(0, IN, PULL_UP), then reopened with its edge
      expect(has(["gpio.openSync", 2, 1, null, null])).toBe(true);
      expect(has(["gpio.writeSync", 2, true])).toBe(true);
      expect(has(["gpio.writeSync", 2, false])).toBe(true);
      expect(has(["gpio.openSync", 0, 0, 1, null])).toBe(true);
      expect(has(["gpio.closeSync", 0])).toBe(true);
      expect(has(["gpio.openSync", 0, 0, 1, 2])).toBe(true);
      expect(has(["adc.openSync", 34])).toBe(true);
      expect(has(["pwm.openSync", 5, 0.001, 32768 / 65535])).toBe(true);
      expect(has(["pwm.setEnableSync", 5, true])).toBe(true);
      expect(has(["pwm.setPeriodSync", 5, 1 / 500])).toBe(true);
      expect(has(["pwm.setDutyCycleSync", 5, 16384 / 65535])).toBe(true);
      expect(has(["pwm.setEnableSync", 5, false])).toBe(true);
      expect(has(["pwm.closeSync", 5])).toBe(true);
      expect(has(["i2c.writeSync", "/dev/i2c-1", 1, 0x48, [1, 9]])).toBe(true);
      expect(has(["spi.openSync", "/dev/spidev0.0", 0, 3, 1000000, 8, 0])).toBe(true);
      expect(has(["spi.transferSync", [15, 240]])).toBe(true);
      expect(has(["uart.openSync", "/dev/ttyS1", 1, 9600, 8])).toBe(true);
      expect(has(["uart.writeSync", [104, 105]])).toBe(true);
      expect(has(["clearInterval"])).toBe(true);
      // deinit and irq(None): the listeners go, the pin is reopened without its edge
      expect(has(["uart.removeListener", "data"])).toBe(true);
      expect(has(["uart.closeSync"])).toBe(true);
      expect(has(["gpio.removeListener", "change"])).toBe(true);
      const opens = log.filter((e) => e[0] === "gpio.openSync" && e[1] === 0);
      expect(opens[opens.length - 1]).toEqual(["gpio.openSync", 0, 0, 1, null]);
    });
  }

  test("the bundle with machine in follows the common dialect", async () => {
    const findings = checkBundle(await machineBundle(true), null, "jerryscript+machine");
    expect(findings.map((f) => f.rule + ": " + f.message)).toEqual([]);
  });

  test("a pin's edges reach irq through its onChange where the pin has no on(), across a reopening", async () => {
    const code = await machineBundle(false);
    const realm = createRealm({ timeoutMs: 60000 });
    realm.run("var ONCHANGE = true;" + RECORDER, "recorder.js");
    realm.run(code, "mpjs.js");
    realm.run(`
var DONE = null;
mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
from machine import Pin
import time
b = Pin(4, Pin.IN, Pin.PULL_DOWN)
b.irq(lambda p: print("edge", p.value()), Pin.IRQ_RISING | Pin.IRQ_FALLING)
b.pull(Pin.PULL_UP)
time.sleep_ms(20)
b.irq(None)
print("done")
`)}, function (e) { DONE = String(e); });
`);
    realm.run("edge(4, 0)");
    await realm.idle();
    expect(realm.run("DONE")).toBe("null");
    expect(realm.stdout()).toBe("edge 0\ndone\n");
    const log = JSON.parse(realm.run("JSON.stringify(LOG)"));
    expect(log.filter((e) => e[0] === "gpio.openSync")).toEqual([
      ["gpio.openSync", 4, 0, 2, null],
      ["gpio.openSync", 4, 0, 2, 3],
      // pull(): reopened with its pull and still its edge, the handler moved over
      ["gpio.openSync", 4, 0, 1, 3],
      ["gpio.openSync", 4, 0, 1, null],
    ]);
    expect(realm.run("PINS[2].onChange")).toBe(null);
  });

  // Duktape (an ES5 engine like JerryScript, no timers): the shipped (minified) bundle over the
  // same recorder, the synchronous peripherals
  const duk = spawnSync("duk", ["-e", "print(1)"], { encoding: "utf8" });
  test.skipIf(duk.error || duk.stdout !== "1\n")("on Duktape, the minified bundle drives the recorder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mpjs-iotjs-hal-"));
    try {
      const files = ["recorder.js", "mpjs.js", "driver.js"].map((f) => join(dir, f));
      writeFileSync(files[0], RECORDER);
      writeFileSync(files[1], await machineBundle(true));
      writeFileSync(
        files[2],
        `mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
from machine import Pin, I2C, SPI, UART, ADC, PWM, Timer
p = Pin(3, Pin.OUT)
p.toggle()
print(p.value(), Pin(1, Pin.IN, Pin.PULL_UP).value())
print(ADC(Pin(2)).read_u16())
PWM(Pin(5), freq=50, duty_u16=0)
i2c = I2C(0)
print(i2c.scan(), i2c.readfrom_mem(0x48, 1, 2))
try:
    i2c.writeto(0x50, b'x')
except OSError as e:
    print(e)
print(SPI(1).read(1, 0x55))
UART(2, 115200).write(b'ok')
try:
    Timer(-1, period=10, callback=print)
except OSError as e:
    print(e)
`)}, function (e) { print("done " + e); print(JSON.stringify(LOG)); });
`,
      );
      const r = spawnSync("duk", files, { encoding: "utf8", timeout: 60000 });
      const out = r.stdout.split("\n");
      expect(out.slice(0, 7)).toEqual([
        "1 1",
        String(Math.round((1024 / 4095) * 65535)),
        "[72] b'\\x02\\x03'",
        "[Errno 19] ENODEV",
        "b'\\xaa'",
        "Timer not available on this host",
        "done null",
      ]);
      const log = JSON.parse(out[7]);
      const has = (entry) => log.some((e) => JSON.stringify(e) === JSON.stringify(entry));
      expect(has(["gpio.writeSync", 3, true])).toBe(true);
      expect(has(["pwm.openSync", 5, 0.02, 0])).toBe(true);
      expect(has(["spi.transferSync", [0x55]])).toBe(true);
      expect(has(["uart.openSync", "/dev/ttyS2", 2, 115200, 8])).toBe(true);
      expect(has(["uart.writeSync", [111, 107]])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("without require (bare JerryScript), machine raises OSError", async () => {
    const code = await machineBundle(false);
    const realm = createRealm({ timers: false, timeoutMs: 60000 });
    realm.run(code, "mpjs.js");
    realm.run(`
var DONE = null;
mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
import machine
for f in (lambda: machine.Pin(2, machine.Pin.OUT), lambda: machine.I2C(0), lambda: machine.UART(1, 9600), lambda: machine.Timer(-1, period=10, callback=print)):
    try:
        f()
        print("no error")
    except OSError as e:
        print("OSError", e)
print("done")
`)}, function (e) { DONE = String(e); });
`);
    await realm.idle();
    expect(realm.run("DONE")).toBe("null");
    expect(realm.stderr()).toBe("");
    expect(realm.stdout()).toBe(
      [
        "OSError Pin not available on this host",
        "OSError I2C not available on this host",
        "OSError UART not available on this host",
        "OSError Timer not available on this host",
        "done",
        "",
      ].join("\n"),
    );
  });

  test("a require that finds none of the modules offers nothing either", async () => {
    const code = await machineBundle(false);
    const realm = createRealm({ timeoutMs: 60000 });
    realm.run('function require(name) { throw new Error("Module not found: " + name); }', "require.js");
    realm.run(code, "mpjs.js");
    realm.run(`
var DONE = null;
mpjs.init({ heapSize: 131072 });
mpjs.exec(${JSON.stringify(`
from machine import Pin, ADC
try:
    Pin(2)
except OSError as e:
    print("OSError", e)
try:
    ADC(Pin(2))
except OSError as e:
    print("OSError", e)
`)}, function (e) { DONE = String(e); });
`);
    await realm.idle();
    expect(realm.run("DONE")).toBe("null");
    expect(realm.stdout()).toBe("OSError Pin not available on this host\nOSError Pin not available on this host\n");
  });
});
