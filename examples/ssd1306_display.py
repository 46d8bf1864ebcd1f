# An SSD1306 OLED (128x64, I2C) drawn through framebuf: a tiny driver, then text and shapes.
from machine import I2C, Pin
import framebuf


class SSD1306(framebuf.FrameBuffer):
    # the display's RAM is pages of 8 rows, one byte per column: framebuf's MONO_VLSB
    def __init__(self, i2c, width=128, height=64, addr=0x3C):
        self.i2c = i2c
        self.addr = addr
        self.width = width
        self.height = height
        self.buffer = bytearray(width * height // 8)
        super().__init__(self.buffer, width, height, framebuf.MONO_VLSB)
        for cmd in (
            0xAE,  # display off
            0x20, 0x00,  # horizontal addressing
            0xA8, height - 1,  # multiplex ratio
            0xDA, 0x12 if height == 64 else 0x02,  # COM pins
            0x81, 0xCF,  # contrast
            0x8D, 0x14,  # charge pump on
            0xAF,  # display on
        ):
            self.command(cmd)
        self.fill(0)
        self.show()

    def command(self, c):
        self.i2c.writeto(self.addr, bytes((0x80, c)))

    def show(self):
        for c in (0x21, 0, self.width - 1, 0x22, 0, self.height // 8 - 1):
            self.command(c)
        self.i2c.writevto(self.addr, (b"\x40", self.buffer))

    def contrast(self, level):
        self.command(0x81)
        self.command(level)


display = SSD1306(I2C(0))
display.rect(0, 0, 128, 64, 1)
display.text("Hello, mpjs!", 16, 8)
display.hline(16, 20, 96, 1)
display.ellipse(64, 42, 20, 12, 1, True)
display.text("ok", 56, 38, 0)
display.show()
print("shown")
