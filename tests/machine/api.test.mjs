// machine's API on the simulated board: each class's methods, reprs, errors, and the hardware state
// they leave (pin levels, PWM, I2C registers, SPI and UART traffic), and callbacks from pin edges
// and timers running between instructions, while sleeping, and after the program ended.

import { describe, expect, test } from "vitest";
import { run, start, sleep, mpjs } from "./board.mjs";

const lines = (s) => s.trimEnd().split("\n");

describe("Pin and Signal", () => {
  test("outputs read back what was written; the board sees the levels", async () => {
    const r = await run(`
from machine import Pin, Signal
p = Pin(2, Pin.OUT)
print(p, p.value())
p.on(); print(p.value(), p())
p.toggle(); print(p.value())
p(1); print(p.value())
p.value(0); print(p.value())
led = Pin("LED", Pin.OUT, value=1)
print(led.value())
s = Signal(Pin(4, Pin.OUT), invert=True)
s.on(); print(s.value(), Pin(4).value())
s.off(); print(s.value(), Pin(4).value())
s(1); print(s())
q = Pin(5, Pin.OUT)
q.on()
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["Pin(2, mode=OUT) 0", "1 1", "0", "1", "0", "1", "1 0", "0 1", "1"]);
    expect(r.board.level(2)).toBe(1); // LED is pin 2 on the default board
    expect(r.board.level(5)).toBe(1);
    expect(r.board.level(4)).toBe(0);
    expect(r.board.pins[2].history.map((h) => h[1])).toEqual([1, 0, 1, 0, 1]);
  });

  test("inputs follow the board and the pulls", async () => {
    const r = await run(
      `
from machine import Pin
a = Pin(12, Pin.IN)
b = Pin(13, Pin.IN, Pin.PULL_UP)
c = Pin(14, Pin.IN, Pin.PULL_DOWN)
print(a.value(), b.value(), c.value(), b.pull() == Pin.PULL_UP, a.mode() == Pin.IN)
d = Pin(15, Pin.OPEN_DRAIN, value=1)
print(d.value())
d.off()
print(d.value())
`,
      { pins: 20, inputs: { 12: 1 } },
    );
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["1 1 0 True True", "1", "0"]);
  });

  test("a PinBase subclass works through Signal", async () => {
    const r = await run(`
from machine import PinBase, Signal
class Mem(PinBase):
    def __init__(self):
        self.v = 0
    def value(self, v=None):
        if v is None:
            return self.v
        self.v = v
m = Mem()
s = Signal(m, invert=True)
s.on()
print(m.v, s.value(), isinstance(m, PinBase))
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("0 1 True\n");
  });

  test("bad pins and arguments are ValueError", async () => {
    const r = await run(`
from machine import Pin
for f in (lambda: Pin(99), lambda: Pin("NOPE"), lambda: Pin(2, 17), lambda: Pin(2).irq(handler=5)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["ValueError invalid pin", "ValueError invalid pin", "ValueError invalid pin mode", "ValueError handler must be None or callable"]);
  });

  test("irq handlers run between instructions on the edges asked for", async () => {
    const r = start(`
from machine import Pin
import time
seen = []
def h(p):
    seen.append((p, p.value()))
b = Pin(0, Pin.IN, Pin.PULL_UP)
b.irq(h, Pin.IRQ_FALLING)
out = Pin(16, Pin.OUT)
time.sleep_ms(60)
print(seen)
b.irq(None)
time.sleep_ms(60)
print(len(seen))
`);
    await sleep(20);
    r.board.drive(0, 0); // falling: handler
    r.board.drive(0, 1); // rising: not asked for
    await sleep(80);
    r.board.drive(0, 0); // irq removed
    const res = await r.result;
    r.stop();
    expect(res.error).toBe(null);
    expect(lines(r.out())).toEqual(["[(Pin(0, mode=IN), 1)]", "1"]);
  });
});

describe("ADC and PWM", () => {
  test("ADC scales the board's voltage", async () => {
    const r = await run(
      `
from machine import ADC, Pin
a = ADC(Pin(34), atten=ADC.ATTN_11DB)
print(a, a.read_u16(), a.read_uv())
a.width(ADC.WIDTH_10BIT)
print(a.read())
b = ADC(35)
print(b.read_u16())
`,
      { pins: 40, adc: { 34: 0.5, 35: 1 } },
    );
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["ADC(Pin(34)) 32768 1650000", "512", "65535"]);
  });

  test("PWM settings reach the board", async () => {
    const r = await run(`
from machine import PWM, Pin
p = PWM(Pin(5), freq=1000, duty_u16=16384)
print(p, p.freq(), p.duty_u16(), p.duty_ns())
p.freq(2000)
p.duty_ns(100000)
print(p.duty_u16())
try:
    p.freq(0)
except ValueError as e:
    print(e)
q = PWM(Pin(6), freq=50, duty_u16=100)
q.deinit()
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["PWM(Pin(5), freq=1000, duty_u16=16384) 1000 16384 250000", "13107", "freq must be from 1Hz to 40MHz"]);
    expect(r.board.pwm[5]).toEqual({ freq: 2000, duty: 13107 / 65535 });
    expect(r.board.pwm[6]).toBe(null);
    expect(r.board.pwmLog[0]).toEqual([5, 1000, 16384 / 65535]);
  });
});

describe("I2C", () => {
  // (the HAL makes a JS array of the bytes: a count of 10**9 took the host down, V8's fatal
  // "invalid size error" on Node)
  test("a read of more bytes than the heap holds is a MemoryError, before the HAL is asked", async () => {
    const r = await run(`
from machine import I2C, SPI
for f in (lambda: I2C(0).readfrom(0x48, 10 ** 9), lambda: I2C(0).readfrom_mem(0x48, 0, 1 << 30), lambda: SPI(1).read(10 ** 9)):
    try:
        f()
    except MemoryError:
        print('MemoryError')
print(len(I2C(0).readfrom(0x48, 2)), len(SPI(1).read(3)))
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["MemoryError", "MemoryError", "MemoryError", "2 3"]);
  });

  test("scan, register reads and writes, ENODEV", async () => {
    const r = await run(`
from machine import I2C, SoftI2C, Pin
i = I2C(0)
print(i, i.scan())
print(i.readfrom_mem(0x48, 0, 4))
i.writeto_mem(0x48, 2, b'\\xaa\\xbb')
print(i.readfrom_mem(0x48, 1, 3))
buf = bytearray(2)
i.readfrom_mem_into(0x48, 2, buf)
print(buf)
print(i.writeto(0x48, b'\\x10\\x01\\x02'))
i.writeto(0x48, b'\\x10', False)
print(i.readfrom(0x48, 2))
print(i.writevto(0x48, (b'\\x20', b'\\x05', b'\\x06')))
i.writeto(0x48, b'\\x20')
i.readfrom_into(0x48, buf)
print(buf)
i.writeto_mem(0x48, 0x0130, b'\\x77', addrsize=16)
for f in (lambda: i.readfrom(0x10, 1), lambda: i.writeto(0x11, b'x'), lambda: i.readfrom_mem(0x12, 0, 1)):
    try:
        f()
    except OSError as e:
        print(e, e.errno)
try:
    I2C(5)
except ValueError as e:
    print(e)
print(I2C(1).scan())
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual([
      "I2C(0, freq=400000) [60, 72]",
      "b'\\x11\"3D'",
      "b'\"\\xaa\\xbb'",
      "bytearray(b'\\xaa\\xbb')",
      "3",
      "b'\\x01\\x02'",
      "3",
      "bytearray(b'\\x05\\x06')",
      "[Errno 19] ENODEV 19",
      "[Errno 19] ENODEV 19",
      "[Errno 19] ENODEV 19",
      "I2C(5) doesn't exist",
      "[]",
    ]);
    const regs = r.board.device(0x48).regs;
    // the 16-bit address 0x0130 went out high byte first: the register file (8-bit pointer) took
    // 0x01 as its pointer and 0x30 0x77 as data
    expect(regs.slice(0, 4)).toEqual([0x11, 0x30, 0x77, 0xbb]);
    expect(r.err).toBe("");
  });

  test("SoftI2C and its primitives", async () => {
    const r = await run(`
from machine import SoftI2C, Pin
s = SoftI2C(scl=Pin(22), sda=Pin(21), freq=100000)
print(s, s.scan())
s.start()
print(s.write(bytes([0x48 << 1, 3, 0x99])))
s.stop()
s.start()
s.write(bytes([0x48 << 1, 3]))
s.start()
print(s.write(bytes([(0x48 << 1) | 1])))
b = bytearray(1)
s.readinto(b)
s.stop()
print(b)
s.start()
print(s.write(bytes([0x50 << 1, 1])))
s.stop()
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["SoftI2C(scl=22, sda=21, freq=100000) [60, 72]", "3", "1", "bytearray(b'\\x99')", "0"]);
  });

  test("SoftI2C works on any pins: with nothing wired there, scan is empty and a write ENODEV", async () => {
    const r = await run(`
from machine import SoftI2C, Pin
import errno
s = SoftI2C(scl=Pin(5), sda=Pin(6))
print(s.scan())
try:
    s.writeto(0x3c, b'x')
except OSError as e:
    print(e.errno == errno.ENODEV)
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["[]", "True"]);
  });
});

describe("neopixel (frozen, as on MicroPython's boards)", () => {
  test("pixels are set, read back and filled as (r, g, b), and sent green first through bitstream", async () => {
    const r = await run(`
import neopixel
from machine import Pin
np = neopixel.NeoPixel(Pin(4), 3)
np[0] = (255, 0, 0)
np[2] = (1, 2, 3)
print(len(np), np[0], np[1], np[2])
np.write()
np.fill((9, 8, 7))
np.write()
w = neopixel.NeoPixel(Pin(5), 1, bpp=4, timing=0)
w[0] = (1, 2, 3, 4)
w.write()
print(Pin(4).value() == 0, w[0])
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["3 (255, 0, 0) (0, 0, 0) (1, 2, 3)", "True (1, 2, 3, 4)"]);
    const t800 = [400, 850, 800, 450];
    expect(r.board.bitstreams).toEqual([
      { pin: 4, timing: t800, bytes: [0, 255, 0, 0, 0, 0, 2, 1, 3] },
      { pin: 4, timing: t800, bytes: [8, 9, 7, 8, 9, 7, 8, 9, 7] },
      { pin: 5, timing: [800, 1700, 1600, 900], bytes: [2, 1, 3, 4] },
    ]);
  });
});

describe("SPI and UART", () => {
  test("SPI loopback and what went out", async () => {
    const r = await run(`
from machine import SPI, SoftSPI, Pin
spi = SPI(1, baudrate=2000000, polarity=1)
print(spi)
buf = bytearray(3)
spi.write_readinto(b'abc', buf)
print(buf, spi.read(2, 7))
spi.write(b'xy')
b2 = bytearray(2)
spi.readinto(b2, 0xff)
print(b2)
soft = SoftSPI(sck=Pin(18), mosi=Pin(23), miso=Pin(19))
print(soft.read(1, 0x42))
try:
    SPI(9)
except ValueError as e:
    print(e)
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["SPI(1, baudrate=2000000, polarity=1, phase=0)", "bytearray(b'abc') b'\\x07\\x07'", "bytearray(b'\\xff\\xff')", "b'B'", "SPI(9) doesn't exist"]);
    expect(r.board.spiLog[0].out).toEqual([97, 98, 99, 7, 7, 120, 121, 255, 255]);
    expect(r.board.spiLog[1].opts).toMatchObject({ sck: 18, mosi: 23, miso: 19 });
  });

  test("UART loopback, reads and readline", async () => {
    const r = await run(`
from machine import UART
u = UART(1, 9600)
print(u)
print(u.write(b'hello\\nworld'))
print(u.any(), u.readline(), u.read(2), u.read())
print(u.read(), u.readline())
u.write(b'xyz')
b = bytearray(2)
print(u.readinto(b), b, u.read())
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["UART(1, baudrate=9600, bits=8, parity=None, stop=1)", "11", "11 b'hello\\n' b'wo' b'rld'", "None None", "2 bytearray(b'xy') b'z'"]);
    expect(r.board.uart(1).tx.length).toBe(14);
  });

  test("UART irq on received bytes", async () => {
    const r = start(
      `
from machine import UART
import time
u = UART(2)
got = []
u.irq(lambda u: got.append(u.read()))
time.sleep_ms(80)
print(got)
`,
      { uart: [{ id: 2, loopback: false }] },
    );
    await sleep(20);
    r.board.uart(2).send("ping");
    const res = await r.result;
    r.stop();
    expect(res.error).toBe(null);
    expect(r.out()).toBe("[b'ping']\n");
  });
});

describe("buffers as the HAL sees them", () => {
  test("a UART keeps rxbuf bytes (256 by default) of what a device sends unread; the rest is dropped", async () => {
    const r = await run(`
from machine import UART
u = UART(1, 9600)
u.write(b'a' * 300)
print(u.any(), len(u.read()))
v = UART(2, 9600, rxbuf=1000)
v.write(bytes(range(200)) * 6)
d = v.read()
print(len(d), d[-1], v.read())
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["256 256", "1000 199 None"]);
  });

  test("reading into a bytes is a TypeError: the device's bytes would change a constant", async () => {
    const r = await run(`
from machine import I2C, SPI, UART
import framebuf
def t(f):
    try:
        f()
        print("no error")
    except TypeError as e:
        print(e)
t(lambda: I2C(0).readfrom_into(0x48, b'abcd'))
t(lambda: I2C(0).readfrom_mem_into(0x48, 0, memoryview(b'abcd')))
t(lambda: SPI(1).readinto(b'abc'))
t(lambda: SPI(1).write_readinto(b'ab', b'xy'))
u = UART(1)
u.write(b'q')
t(lambda: u.readinto(b'z'))
t(lambda: framebuf.FrameBuffer(b'\\x00' * 8, 8, 8, framebuf.MONO_HLSB))
print(b'abcd', b'abc', b'xy', b'z')
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual([...Array(6).fill("object with buffer protocol required"), "b'abcd' b'abc' b'xy' b'z'"]);
  });

  test("device writes are the buffer's bytes at the time of the call, copied by a HAL that keeps them", async () => {
    // (machine hands the HAL a view of the Python heap, not a JS array per byte: hal.ts)
    const r = await run(`
from machine import I2C, SPI, Pin, bitstream
i2c = I2C(0)
buf = bytearray(b'\x10abc')
i2c.writeto(0x48, buf)
buf[1] = 0x7a
i2c.writevto(0x48, [b'\x20', buf[1:], 'xy'])
i2c.writeto_mem(0x48, 0x30, memoryview(buf)[2:])
print(i2c.readfrom_mem(0x48, 0x10, 3), i2c.readfrom_mem(0x48, 0x20, 5), i2c.readfrom_mem(0x48, 0x30, 2))
spi = SPI(1)
out = bytearray(b'123')
spi.write(out)
out[0] = 0x39
spi.write(out)
px = bytearray(b'\x01\x02')
bitstream(Pin(4), 0, (1, 2, 3, 4), px)
px[0] = 9
`);
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["b'abc' b'zbcxy' b'bc'"]);
    expect(r.board.spiLog[0].out).toEqual([49, 50, 51, 57, 50, 51]);
    expect(r.board.bitstreams[0].bytes).toEqual([1, 2]);
  });
});

describe("Timer, RTC, WDT and the module functions", () => {
  test("a callback that schedules itself runs on while the program sleeps, and the sleep ends", async () => {
    // (chained callbacks wait for the interrupted code to run on: a sleeping program's sleep
    // must not hold them until it ends, nor must they hold the sleep past its end)
    const r = await run(`
import micropython, time
n = [0, 0]
def cb(limit):
    n[0] += 1
    if n[0] < limit:
        micropython.schedule(cb, limit)
micropython.schedule(cb, 100)
time.sleep_ms(60)
print(n[0])
def forever(_):
    n[1] += 1
    micropython.schedule(forever, 0)
micropython.schedule(forever, 0)
time.sleep_ms(30)
print(n[1] > 10)
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("100\nTrue\n");
  });

  test("delays past 2**31 ms neither flood Node with warnings nor fire at once", async () => {
    // (Node's timers hold at most 2**31 - 1 ms: a longer one fired after 1 ms with a warning)
    const warnings = [];
    const onWarn = (w) => warnings.push(w.name);
    process.on("warning", onWarn);
    const r = start(`
from machine import Timer
import time
n = [0]
Timer(0).init(period=2**31, callback=lambda t: n.__setitem__(0, n[0] + 1))
time.sleep_ms(50)
print(n[0])
time.sleep_ms(2**31)
`);
    await sleep(120);
    mpjs.interrupt();
    const res = await r.result;
    r.stop();
    process.off("warning", onWarn);
    expect(res.error).toBe("KeyboardInterrupt");
    expect(r.out()).toBe("0\n");
    expect(warnings).toEqual([]);
  });

  test("a periodic timer runs while the program sleeps; a one-shot once", async () => {
    const r = await run(`
from machine import Timer
import time
n = [0, 0]
def tick(t):
    n[0] += 1
t = Timer(-1, mode=Timer.PERIODIC, period=10, callback=tick)
o = Timer(-1)
def once(t):
    n[1] += 1
o.init(mode=Timer.ONE_SHOT, freq=50, callback=once)
time.sleep_ms(120)
t.deinit()
k = n[0]
time.sleep_ms(40)
print(t, k >= 3, n[0] == k, n[1])
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("Timer(-1, mode=PERIODIC, period=10) True True 1\n");
    expect(r.board.timers).toBe(0);
  });

  test("callbacks run after the program ended (the REPL idles); errors in them are printed", async () => {
    const r = start(`
from machine import Timer
count = 0
def tick(t):
    global count
    count += 1
    print("tick", count)
    if count == 3:
        t.deinit()
        1 / 0
Timer(-1, period=5, callback=tick)
`);
    const res = await r.result;
    expect(res.error).toBe(null);
    await sleep(100);
    r.stop();
    expect(r.out()).toBe("tick 1\ntick 2\ntick 3\n");
    expect(r.err()).toContain("ZeroDivisionError: divide by zero");
    expect(r.board.timers).toBe(0);
  });

  test("the program's sleep lasts its length while callbacks run in it; an exception in one is printed and the program goes on", async () => {
    const r = await run(`
from machine import Timer
import time
n = [0]
def tick(t):
    n[0] += 1
    if n[0] == 2:
        1 / 0
t0 = time.ticks_ms()
t = Timer(-1, mode=Timer.PERIODIC, period=10, callback=tick)
time.sleep_ms(100)
t.deinit()
print(time.ticks_diff(time.ticks_ms(), t0) >= 100, n[0] >= 4)
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("True True\n");
    expect(r.err).toMatch(/^Traceback \(most recent call last\):\n  File "main.py", line 8, in tick\nZeroDivisionError: divide by zero\n$/);
  });

  // callbacks run as frames of a loop that yields to the event loop, where Ctrl-C lands
  test("Ctrl-C stops a callback that loops while the program sleeps: the program ends with it", async () => {
    const r = start(`
from machine import Timer
import time
def tick(t):
    while True:
        pass
t = Timer(-1, period=5, callback=tick)
time.sleep(10)
`);
    await sleep(60);
    mpjs.interrupt();
    const res = await r.result;
    r.stop();
    expect(res.error).toBe("KeyboardInterrupt");
    expect(res.err).toMatch(/line 8, in <module>\n.*in tick\nKeyboardInterrupt: \n$/);
  });

  test("Ctrl-C stops a callback that loops while the REPL idles; a program given meanwhile runs after it", async () => {
    const r = start(`
from machine import Timer
def tick(t):
    t.deinit()
    while True:
        pass
Timer(-1, period=5, callback=tick)
`);
    expect((await r.result).error).toBe(null);
    await sleep(40);
    const next = new Promise((resolve) => mpjs.exec("print('next')", resolve));
    await sleep(20);
    expect(r.out()).toBe("");
    mpjs.interrupt();
    expect(await next).toBe(null);
    r.stop();
    expect(r.out()).toBe("next\n");
    expect(r.err()).toMatch(/in tick\nKeyboardInterrupt: \n$/);
  });

  test("idle() waits for events, as the host's event loop turns: a loop of idle() sees a timer's callback", async () => {
    const r = await run(`
from machine import Timer, idle
done = []
Timer(-1, mode=Timer.ONE_SHOT, period=20, callback=lambda t: done.append(1))
n = 0
while not done:
    idle()
    n += 1
print(done, n < 500)
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("[1] True\n");
  });

  test("a soft reset while a callback sleeps leaves the next interpreter's scheduler working", async () => {
    const r = start(`
from machine import Timer
import time
def tick(t):
    time.sleep_ms(300)
Timer(-1, mode=Timer.ONE_SHOT, period=5, callback=tick)
`);
    expect((await r.result).error).toBe(null);
    await sleep(50);
    r.stop();
    const r2 = await run(`
import micropython
ran = []
micropython.schedule(ran.append, 1)
for i in range(10):
    pass
print(ran)
`);
    expect(r2.error).toBe(null);
    expect(r2.out).toBe("[1]\n");
  });

  test("disable_irq holds events until enable_irq", async () => {
    const r = start(`
from machine import Pin, disable_irq, enable_irq
import time
seen = []
p = Pin(3, Pin.IN)
p.irq(lambda p: seen.append(1), Pin.IRQ_RISING)
s = disable_irq()
time.sleep_ms(50)
print(len(seen))
enable_irq(s)
time.sleep_ms(10)
print(len(seen))
`);
    await sleep(15);
    r.board.drive(3, 1);
    const res = await r.result;
    r.stop();
    expect(res.error).toBe(null);
    expect(r.out()).toBe("0\n1\n");
  });

  test("RTC, WDT, freq, unique_id, reset_cause, reset, time_pulse_us, bitstream", async () => {
    const r = await run(`
import machine, time
rtc = machine.RTC()
rtc.datetime((2024, 2, 29, 0, 23, 59, 58, 0))
d = rtc.datetime()
print(d[:3], d[3], d[4:6], d[6] in (58, 59))
print(machine.freq())
machine.freq(240000000)
print(machine.freq(), machine.unique_id(), machine.reset_cause() == machine.PWRON_RESET)
print(machine.time_pulse_us(machine.Pin(7, machine.Pin.IN), 1, 1000))
machine.bitstream(machine.Pin(8, machine.Pin.OUT), 0, (400, 850, 800, 450), b'\\x10\\x20')
w = machine.WDT(timeout=30)
for i in range(4):
    time.sleep_ms(15)
    w.feed()
print(machine.reset_cause() == machine.PWRON_RESET)
time.sleep_ms(60)
print(machine.reset_cause() == machine.WDT_RESET)
machine.idle()
machine.lightsleep(5)
machine.reset()
print("not here")
`);
    expect(r.error).toBe("SystemExit");
    expect(lines(r.out)).toEqual(["(2024, 2, 29) 3 (23, 59) True", "160000000", "240000000 b'$o(\\x1a+<' True", "-2", "True", "True"]);
    expect(r.board.bitstreams).toEqual([{ pin: 8, timing: [400, 850, 800, 450], bytes: [16, 32] }]);
    expect(r.board.resets).toEqual([3, 2]); // the watchdog's, then machine.reset()'s
  });

  test("without a HAL, machine imports and raises OSError", async () => {
    const r = await run(
      `
import machine
print(machine.reset_cause())
for f in (lambda: machine.Pin(2), lambda: machine.I2C(0), lambda: machine.Timer(-1, period=5), lambda: machine.freq()):
    try:
        f()
    except OSError as e:
        print(e)
`,
      false,
    );
    expect(r.error).toBe(null);
    expect(lines(r.out)).toEqual(["1", "Pin not available on this host", "I2C not available on this host", "Timer not available on this host", "freq not available on this host"]);
  });
});
