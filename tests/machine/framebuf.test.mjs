// framebuf: the frames mpjs draws are MicroPython's, byte for byte (MicroPython's WebAssembly build,
// a devDependency, runs the same program), in every format; text draws mpjs's own font
// (tools/font5x7.txt); errors as MicroPython's.

import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { run, ROOT } from "./board.mjs";

const MPW = join(ROOT, "node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs");

async function micropython(source) {
  const { loadMicroPython } = await import(pathToFileURL(MPW).href);
  let out = "";
  const mp = await loadMicroPython({ stdout: (s) => (out += s + "\n") });
  mp.runPython(source);
  return out;
}

describe("framebuf", () => {
  test("drawing matches MicroPython in every format", async () => {
    const source = readFileSync(join(ROOT, "tests/machine/programs/framebuf_draw.py"), "utf8");
    const mine = await run(source);
    expect(mine.error).toBe(null);
    const theirs = await micropython(source);
    expect(mine.out.split("\n").length).toBeGreaterThan(40);
    expect(mine.out).toBe(theirs);
  });

  test("text draws the font's glyphs, clipped; other characters as the block", async () => {
    const r = await run(`
import framebuf
b = bytearray(24 * 2)
f = framebuf.FrameBuffer(b, 24, 10, framebuf.MONO_HLSB)
f.text("A;", 0, 1)
f.text("\\x01", 16, 1)
f.text("ZZZ", -6, -4)
for y in range(10):
    print(''.join('#' if f.pixel(x, y) else '.' for x in range(24)))
`);
    expect(r.error).toBe(null);
    const font = {};
    for (const line of readFileSync(join(ROOT, "tools/font5x7.txt"), "utf8").split("\n")) {
      if (line === "" || line[0] === ";") continue;
      const [ch, ...rows] = line.split(" ");
      font[ch.length > 1 ? String.fromCharCode(+ch) : ch] = rows;
    }
    const expected = [];
    for (let y = 0; y < 10; y++) expected.push(Array(24).fill("."));
    const put = (ch, x0, y0) => {
      for (let y = 0; y < 7; y++) for (let x = 0; x < 5; x++) if (font[ch][y][x] === "#" && x0 + x >= 0 && y0 + y >= 0 && x0 + x < 24 && y0 + y < 10) expected[y0 + y][x0 + x] = "#";
    };
    put("A", 0, 1);
    put(";", 8, 1);
    put("\x7f", 16, 1);
    for (let k = 0; k < 3; k++) put("Z", -6 + 8 * k, -4);
    expect(r.out.trimEnd().split("\n")).toEqual(expected.map((row) => row.join("")));
  });

  test("a subclass initialises through super().__init__; errors", async () => {
    const r = await run(`
import framebuf
class Screen(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.buf = bytearray(w * h // 8)
        super().__init__(self.buf, w, h, framebuf.MONO_VLSB)
s = Screen(16, 8)
s.fill(1)
s.pixel(0, 0, 0)
print(s.buf[:3], s.pixel(0, 0), s.pixel(1, 0), isinstance(s, framebuf.FrameBuffer))
for args in ((bytearray(10), 16, 8, framebuf.MONO_VLSB), (bytearray(100), 8, 8, 9)):
    try:
        framebuf.FrameBuffer(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    framebuf.FrameBuffer("abc", 1, 1, framebuf.GS8)
except TypeError as e:
    print("TypeError")
`);
    expect(r.error).toBe(null);
    expect(r.out).toBe("bytearray(b'\\xfe\\xff\\xff') 0 1 True\nValueError buffer too small\nValueError invalid format\nTypeError\n");
  });
});
