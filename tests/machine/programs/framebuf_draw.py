# Every drawing method of framebuf in every format; tests/machine/framebuf.test.mjs compares the
# bytes with what MicroPython (its WebAssembly build) draws from this same program.
import framebuf
from array import array
def show(b):
    print(''.join('%02x' % x for x in b))
for fmt, name, bpp in ((framebuf.MONO_VLSB, 'VLSB', 1), (framebuf.MONO_HLSB, 'HLSB', 1), (framebuf.MONO_HMSB, 'HMSB', 1), (framebuf.RGB565, 'RGB565', 16), (framebuf.GS2_HMSB, 'GS2', 2), (framebuf.GS4_HMSB, 'GS4', 4), (framebuf.GS8, 'GS8', 8)):
    w, h = 21, 17
    buf = bytearray((w + 7) // 8 * 8 * h * bpp // 8 + 64)
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    c = (1 << bpp) - 1 if bpp < 16 else 0xf81f
    fb.fill(0)
    fb.pixel(3, 4, c)
    print(name, fb.pixel(3, 4), fb.pixel(4, 4), fb.pixel(-1, 0), fb.pixel(21, 0))
    fb.hline(-3, 1, 10, c)
    fb.vline(20, -5, 30, c)
    fb.line(0, 16, 20, 0, c)
    fb.line(2, 2, 5, 14, c)
    fb.line(18, 3, 18, 3, c)
    fb.rect(4, 4, 9, 7, c)
    fb.rect(10, 10, 30, 30, c, True)
    fb.fill_rect(-2, -2, 5, 5, 1)
    show(buf)
    fb.fill(0)
    fb.ellipse(10, 8, 8, 5, c)
    fb.ellipse(10, 8, 4, 3, c, True)
    fb.ellipse(0, 0, 6, 6, c, False, 0b1010)
    show(buf)
    fb.fill(0)
    fb.poly(2, 1, array("h", [0, 0, 15, 3, 8, 14, 4, 6]), c)
    fb.poly(0, 0, array("h", [10, 2, 19, 8, 12, 15, 1, 12, 6, 8]), c, True)
    show(buf)
    fb.scroll(3, -2)
    show(buf)
    fb.scroll(-5, 4)
    show(buf)
    small = bytearray(8)
    s = framebuf.FrameBuffer(small, 4, 4, framebuf.GS4_HMSB)
    s.fill(2)
    s.pixel(1, 1, 0)
    pal = framebuf.FrameBuffer(bytearray(32), 16, 1, framebuf.GS8 if bpp < 16 else framebuf.GS8)
    for i in range(16):
        pal.pixel(i, 0, (i * 7) & ((1 << bpp) - 1 if bpp < 16 else 255))
    fb.fill(0)
    fb.blit(s, -1, 2)
    fb.blit(s, 18, 14, 0)
    fb.blit(s, 8, 8, -1, pal)
    fb.blit((small, 4, 4, framebuf.GS4_HMSB), 5, 0, 2)
    show(buf)
