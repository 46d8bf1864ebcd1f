// The programs of examples/, each run on the simulated board, with assertions on what the hardware
// saw: pin levels over time, PWM settings, I2C registers, UART traffic, the display's frame.

import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, start, sleep, example, ROOT } from "./board.mjs";

const levels = (board, pin) => board.pins[pin].history.map((h) => h[1]);

describe("examples", () => {
  test("blink", async () => {
    const r = await run(example("blink.py"));
    expect(r.error).toBe(null);
    expect(r.out).toBe("blinked 10 times\n");
    const h = r.board.pins[2].history;
    expect(levels(r.board, 2)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    // 50 ms between changes (the sleeps), give or take the event loop
    expect(h[19][0] - h[0][0]).toBeGreaterThanOrEqual(19 * 50 - 5);
  });

  test("button on an interrupt", async () => {
    const r = start(example("button_irq.py"));
    await sleep(30);
    for (let k = 0; k < 3; k++) {
      r.board.drive(0, 0); // pressed
      await sleep(15);
      r.board.drive(0, 1); // released: a rising edge, not handled
      await sleep(15);
    }
    const res = await r.result;
    r.stop();
    expect(res.error).toBe(null);
    expect(r.out()).toBe("presses: 3 LED: 1\n");
    expect(levels(r.board, 2)).toEqual([1, 0, 1]);
  });

  test("I2C scan and register read", async () => {
    const r = await run(example("i2c_scan.py"));
    expect(r.error).toBe(null);
    expect(r.out).toBe("devices: ['0x3c', '0x48']\nregister 0: 0x11\nregister 0x10..0x11: 0x1234\n0x77: [Errno 19] ENODEV\n");
    expect(r.board.device(0x48).regs.slice(0x10, 0x12)).toEqual([0x12, 0x34]);
  });

  test("PWM fade", async () => {
    const r = await run(example("pwm_fade.py"));
    expect(r.error).toBe(null);
    expect(r.out).toBe("freq 1000 duty 0\n");
    const duties = r.board.pwmLog.map((e) => Math.round(e[2] * 65535));
    const up = [];
    for (let k = 0; k <= 16; k++) up.push(Math.min(k * 4096, 65535));
    const down = up.slice(0, 16).reverse();
    expect(duties).toEqual([0].concat(up, down));
    expect(r.board.pwmLog.every((e) => e[0] === 2 && e[1] === 1000)).toBe(true);
    expect(r.board.pwm[2]).toBe(null); // deinit
  });

  test("UART echo", async () => {
    const r = start(example("uart_echo.py"), { uart: [{ id: 1, loopback: false }] });
    const u = r.board.uart(1);
    await sleep(20);
    u.send("hello\n");
    await sleep(20);
    u.send("mpjs rocks\nbye\n");
    const res = await r.result;
    r.stop();
    expect(res.error).toBe(null);
    expect(r.out()).toBe("echo done\n");
    expect(String.fromCharCode(...u.tx)).toBe("ready\nHELLO\nMPJS ROCKS\nBYE\n");
    expect(u.opts.baudrate).toBe(115200);
  });

  test("SSD1306 display through framebuf", async () => {
    const r = await run(example("ssd1306_display.py"));
    expect(r.error).toBe(null);
    expect(r.out).toBe("shown\n");
    const d = r.board.device(0x3c);
    expect(d.on).toBe(true);
    expect(d.contrast).toBe(0xcf);
    // the border
    for (const [x, y] of [[0, 0], [127, 0], [0, 63], [127, 63], [64, 0], [0, 30]]) expect(d.pixel(x, y)).toBe(1);
    expect(d.pixel(1, 1)).toBe(0);
    // the rule under the text
    for (let x = 16; x < 112; x++) expect(d.pixel(x, 20)).toBe(1);
    expect(d.pixel(15, 20)).toBe(0);
    // the filled ellipse, with "ok" drawn dark into it
    expect(d.pixel(64, 48)).toBe(1);
    expect(d.pixel(44, 42)).toBe(1);
    expect(d.pixel(43, 42)).toBe(0);
    expect(d.pixel(64, 30)).toBe(1);
    expect(d.pixel(64, 29)).toBe(0);
    // the text: each glyph of "Hello, mpjs!" from the font file, in its 8x8 cell
    const font = {};
    for (const line of readFileSync(join(ROOT, "tools/font5x7.txt"), "utf8").split("\n")) {
      if (line === "" || line[0] === ";") continue;
      const [ch, ...rows] = line.split(" ");
      font[ch.length > 1 ? String.fromCharCode(+ch) : ch] = rows;
    }
    const text = "Hello, mpjs!";
    for (let k = 0; k < text.length; k++)
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) {
          const lit = x < 5 && y < 7 && font[text[k]][y][x] === "#" ? 1 : 0;
          expect(d.pixel(16 + 8 * k + x, 8 + y)).toBe(lit);
        }
    for (let k = 0; k < 2; k++)
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) {
          const dark = x < 5 && y < 7 && font["ok"[k]][y][x] === "#";
          expect(d.pixel(56 + 8 * k + x, 38 + y)).toBe(dark ? 0 : 1);
        }
  });

  test("timer", async () => {
    const r = await run(example("timer.py"));
    expect(r.error).toBe(null);
    const m = /^stopped after (\d+) ticks\nLED: 0\n$/.exec(r.out);
    expect(m).not.toBe(null);
    expect(+m[1]).toBeGreaterThanOrEqual(8);
    expect(+m[1]).toBeLessThanOrEqual(10);
    const lv = levels(r.board, 2);
    expect(lv.length).toBeGreaterThanOrEqual(8);
    expect(lv[lv.length - 1]).toBe(0);
    expect(r.board.timers).toBe(0);
  });
});
